package org.practiceassistant.draft;

import java.util.List;

/**
 * Answers for a whole mapping of two worries, one of them with "not sure" for what makes it harder, with the
 * child's views, identity and who the plan is shared with.
 */
public final class TwoWorryMapping {

    private TwoWorryMapping() {}

    public static final String CHILD_VOICE = "Ella told me \"I hide when Daddy shouts\"; Sam said he wants to go to school"
            + " with his friends.";
    public static final String CONTINGENCY = "If Dad comes to the house after drinking, Mum will not let him in and will"
            + " ring Grandma Jean and the police; if the plan is not kept, the social worker will call a network meeting"
            + " within a week.";
    static final String IDENTITY = "The family go to church every Sunday and Mum's first language is Yoruba, so"
            + " meetings have an interpreter.";
    static final String SHARED_WITH = "I will go through the plan with Mum on Friday and give her and Grandma Jean a copy.";

    /** A two-worry Child Protection mapping, to the end. */
    public static final List<String> ANSWERS = List.of("cp", "Ella 4 and Sam 7",
            "Dad has hit Mum three times since March when he had been drinking; Ella saw it twice and the worst time,"
                    + " on 2 May, she hid under the table.",
            "Dad drinks most weekends and blames Mum for the fights.",
            "Mum called the police on 2 May and Grandma Jean has collected Ella from nursery every day since.",
            "The social worker and the nursery are worried that Ella will be hurt when Dad is angry and will grow up"
                    + " frightened at home.",
            "Mum, Grandma Jean and Aunt Sara",
            "Mum will not let Dad in when he has been drinking and will phone Grandma Jean if he comes round; Grandma"
                    + " Jean will call Mum every evening at 7.",
            "Ella will feel safe at home and sleep in her own bed.", "for the next six months",
            "Grandma Jean will write in the safety journal each week and the social worker will read it at every visit.",
            "accept", "accept", "yes",
            "Sam has missed 20 school days since September because nobody gets him up in the morning.",
            "not sure",
            "Sam's teacher phones home when he is absent and Grandma Jean has offered to help.",
            "The school and I are worried that Sam will fall behind and lose his friends.", "Mum and Grandma Jean",
            "Grandma Jean will wake Sam at 7.30 on school days and walk him to school; Mum will set his alarm each night.",
            "Sam will be at school on time every day and see his friends.", "by the end of the spring term",
            "The school will send Mum and the social worker Sam's attendance every Friday.",
            "accept", "accept", "no",
            "Dad must not look after the children alone.", "ok", "Mum 6, Dad 5, social worker 3",
            "0 means Sam misses school most weeks; 10 means Sam has been at school every day for a term",
            "Mum 7, school 4, social worker 5",
            "The social worker will hold a family network meeting by 20 May; Grandma Jean will ring the school by Friday.",
            TwoWorryMapping.CONTINGENCY, TwoWorryMapping.CHILD_VOICE, TwoWorryMapping.IDENTITY, TwoWorryMapping.SHARED_WITH);

}
