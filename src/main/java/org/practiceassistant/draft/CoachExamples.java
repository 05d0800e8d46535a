package org.practiceassistant.draft;

/**
 * Made-up examples for each step, about one made-up family, so a worker can see the level of detail that
 * makes a good statement. They are shown only when asked for, and labelled as examples.
 */
final class CoachExamples {

    private CoachExamples() {}

    static String forStep(Step step, MappingWords vocabulary) {
        String text = switch (step) {
            case SERVICE_AREA -> "\"Child Protection\" (or \"3\"). In Child Protection we write danger statements and"
                    + " safety goals; in Early Help and Child in Need, worry statements and wellbeing goals.";
            case CHILDREN -> "\"Ella, 4\" or, for two children, \"Ella 4 and Sam 7\". First names only.";
            case HARM -> "\"Dad has hit Mum three times since March, each time when he had been drinking. Ella was in"
                    + " the room twice. The worst time, on 2 May, Ella hid under the table and the police were called.\"";
            case COMPLICATING_FACTORS -> "\"Dad drinks most weekends and says the fights are Mum's fault. Mum has"
                    + " let him back into the house twice after saying she would not.\"";
            case WORKING_WELL -> "\"Mum called the police on 2 May and took Ella to Grandma's. Since then Grandma has"
                    + " collected Ella from nursery every day, and Ella is happy and settled at nursery.\"";
            case WORRY -> "\"The social worker and Ella's nursery are worried that Ella will be hurt when Dad is angry"
                    + " and will grow up feeling frightened at home.\"";
            case NETWORK -> "\"Mum, Grandma Jean, Aunt Sara and Mum's friend Kelly.\"";
            case DOING -> "\"Mum will not let Dad into the house when he has been drinking and will call Grandma Jean"
                    + " if he comes round. Grandma Jean will phone Mum every evening at 7 and come round if Mum does not"
                    + " answer.\"";
            case CHILD_EXPERIENCE -> "\"Ella will feel safe at home, sleep in her own bed and not see adults hitting"
                    + " or shouting at each other.\"";
            case TIMESCALE -> "\"for the next six months\" or \"by 1 June, and then for three months after that\"";
            case HOW_KNOWN -> "\"Grandma Jean and Aunt Sara will write in the safety journal each week, the nursery"
                    + " will tell the social worker if Ella seems upset, and the social worker will read the journal at"
                    + " each visit.\"";
            case REVIEW_STATEMENT, REVIEW_GOAL -> "Reply \"accept\" if it says what you mean; \"edit\" to type your own"
                    + " wording (it is checked again); or \"rework\" to change one answer and rebuild it.";
            case ANOTHER_WORRY -> "If you are also worried that Ella misses nursery when Mum is unwell, say \"yes\""
                    + " and that worry gets its own " + vocabulary.statement() + " and " + vocabulary.goal() + ".";
            case BOTTOM_LINES -> "\"Dad must not look after Ella on his own until the safety plan has been in place for"
                    + " three months.\"";
            case CONTINGENCY -> "\"If Dad comes to the house after drinking, Mum will not let him in and will ring Grandma"
                    + " Jean and the police. If the plan is not kept, the social worker will call a network meeting within a"
                    + " week and ask for a child protection conference.\"";
            case CHILD_VOICE -> "\"Ella told me: 'I don't like it when Daddy shouts. I hide under the table.' In her"
                    + " three houses she put Grandma Jean in her house of good things.\"";
            case IDENTITY -> "\"The family are Polish and Catholic; Mum's first language is Polish, so meetings have an"
                    + " interpreter. Ella goes to Polish school on Saturdays and that carries on.\"";
            case SHARED_WITH -> "\"I will go through the plan with Mum on Friday and give her a copy; Grandma Jean and the"
                    + " nursery will have a copy too. I will explain it to Ella with words and pictures.\"";
            case SCALE -> "\"0 means Ella is living with Dad hitting Mum and nobody is protecting her. 10 means"
                    + " everyone is confident the " + vocabulary.goal() + " is being met and the case can close.\"";
            case SCORES -> "\"Mum 7, Grandma Jean 6, nursery 5, social worker 3\"";
            case NEXT_STEPS -> "\"Social worker to hold a family network meeting by 20 May. Mum to ask Grandma Jean and"
                    + " Aunt Sara to come. Nursery to share attendance every Friday.\"";
        };
        return "Example (a made-up family): " + text;
    }
}
