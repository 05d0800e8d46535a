package org.practiceassistant.draft;

/**
 * The mapping, one question at a time, in the order the issue and the mapping templates set. Steps whose
 * scope is {@link Scope#WORRY} are asked once for each worry, because each worry becomes its own statement
 * and goal pair.
 *
 * <p>Question and purpose texts may hold placeholders the coach fills in: {child}, {statement}, {goal},
 * {good}, {past}, {existing}, {is} ("is" or "are", agreeing with the children) and {has} ("has" or "have").
 */
public enum Step {
    SERVICE_AREA(Scope.MAPPING, Answer.CHOICE, false, "Service area",
            "The service sets the words we use for the statements and goals.",
            "Which service are you in? Choose one, or type its name."),
    CHILDREN(Scope.MAPPING, Answer.CHOICE, false, "The child",
            "Statements are about a named child, so everyone can picture who we are talking about.",
            "Which child or children is this mapping about? Give a first name and age for each, for example \"Ella, 4\" or \"Ella 4 and Sam 7\"."),
    HARM(Scope.WORRY, Answer.TEXT, false, "What has happened ({past})",
            "The statement must rest on what has really happened, not on labels.",
            "What has happened to {child}? Say the specific incidents, when, how often, and the worst time."),
    COMPLICATING_FACTORS(Scope.WORRY, Answer.TEXT, false, "Complicating factors",
            "Complicating factors make things harder to sort out; naming them keeps the plan realistic.",
            "What is making this harder to deal with? For example what adults do that adds to the worry, or patterns from the past."),
    WORKING_WELL(Scope.WORRY, Answer.TEXT, false, "What is working well ({existing})",
            "Strengths and existing safety are what the plan builds on.",
            "What is working well? Say the strengths, and anything people already do that keeps {child} {good}, and for how long they have done it."),
    WORRY(Scope.WORRY, Answer.TEXT, false, "Who is worried, and what they fear",
            "The {statement} says who is worried and what will happen to the child if nothing changes.",
            "Who is worried, and what do they fear will happen to {child} if nothing changes? Start with who, for example \"The school and I are worried that {child} will ...\"."),
    NETWORK(Scope.WORRY, Answer.TEXT, false, "Family and network",
            "Every goal names the family and network members who will act.",
            "Which family and network members can act to keep {child} {good}? Give names or how they are related, for example \"Mum, Grandma Jean and Aunt Sara\"."),
    DOING(Scope.WORRY, Answer.TEXT, false, "What they will be doing",
            "A {goal} describes what people will be seen doing, not services they will attend.",
            "What will they be doing, day to day, that shows {child} {is} {good}? Say who will do what."),
    CHILD_EXPERIENCE(Scope.WORRY, Answer.TEXT, false, "What {child} will experience",
            "The {goal} says what life will be like for the child when the worries are sorted out.",
            "When this is happening, what will {child} experience? For example \"Ella will feel safe at home and sleep in her own bed\"."),
    TIMESCALE(Scope.WORRY, Answer.TEXT, false, "For how long, or by when",
            "A goal has a timescale that fits the child's history and age.",
            "For how long does this need to happen, or by when? For example \"for the next six months\" or \"by 1 June\"."),
    HOW_KNOWN(Scope.WORRY, Answer.TEXT, false, "How everyone will know",
            "A goal says how the family, network and professionals will see that it is happening.",
            "How will everyone know it is happening? For example who will see it, check it or write it down."),
    REVIEW_STATEMENT(Scope.WORRY, Answer.CHOICE, false, "Your {statement}",
            "Look at the {statement} built from your answers and the check on it.",
            "Reply \"accept\" to keep it, \"edit\" to write your own wording, or \"rework\" to change one answer."),
    REVIEW_GOAL(Scope.WORRY, Answer.CHOICE, false, "Your {goal}",
            "Look at the {goal} built from your answers and the check on it.",
            "Reply \"accept\" to keep it, \"edit\" to write your own wording, or \"rework\" to change one answer."),
    ANOTHER_WORRY(Scope.WORRY, Answer.CHOICE, false, "Another worry?",
            "Each worry gets its own {statement} and {goal}.",
            "Is there another worry for {child} that needs its own {statement}? Reply \"yes\" or \"no\"."),
    BOTTOM_LINES(Scope.MAPPING, Answer.TEXT, true, "Bottom lines (optional)",
            "Bottom lines are the few things that must or must not happen; keep them to a minimum.",
            "Are there bottom lines, the non-negotiables that must or must not happen? Say \"skip\" if there are none."),
    SCALE(Scope.SCALE, Answer.CHOICE, false, "The scale: what 0 and 10 mean",
            "A scaling question only works when 0 and 10 are clearly defined.",
            "Reply \"ok\" to use the 0 and 10 above, or write your own as \"0 means ... 10 means ...\"."),
    SCORES(Scope.SCALE, Answer.CHOICE, false, "Everyone's score",
            "Each person's view on the scale is recorded, including when people disagree.",
            "Where does each person put things on the scale? For example \"Mum 6, Dad 5, school 4, social worker 3\"."),
    NEXT_STEPS(Scope.MAPPING, Answer.TEXT, false, "Next steps",
            "Next steps are what needs to happen now: who does what, and by when.",
            "What are the next steps? Say the immediate steps people will take, who will take them and by when."),
    CONTINGENCY(Scope.MAPPING, Answer.TEXT, true, "If the plan is not kept",
            "The plan says what will happen, and who will step in, if it is not kept or the goals are not met (the"
                    + " template's contingency plan).",
            "What will happen if the plan is not kept or the {goal}s are not met, and who will step in? For example"
                    + " \"If Dad comes to the house after drinking, Mum will not let him in and will ring Grandma Jean and"
                    + " the police\". Say \"skip\" to leave it for now."),
    CHILD_VOICE(Scope.MAPPING, Answer.TEXT, true, "The child's views",
            "The plan gives the child's own views, in their words where you can.",
            "What {has} {child} said about what is happening, and what would they like to be different? Their own words"
                    + " if you have them, for example: Ella said \"I don't like it when Dad shouts\". Say \"skip\" if"
                    + " you have not asked yet."),
    IDENTITY(Scope.MAPPING, Answer.TEXT, true, "Identity and culture",
            "The plan takes the child's identity into account: culture, faith, language, disability.",
            "Is there anything about {child}'s identity the plan must take into account, such as culture, faith,"
                    + " language or disability? For example \"Mum's first language is Polish, so we meet with an"
                    + " interpreter; Ella goes to Polish school on Saturdays\". Say \"skip\" if there is nothing to add."),
    SHARED_WITH(Scope.MAPPING, Answer.TEXT, true, "Who the plan is shared with",
            "Plans are made with the family and shared with them, and with the child as fits their age.",
            "Who will you go through the plan with, and who will have a copy? For example \"I will go through it with"
                    + " Mum and Dad on Friday and give them each a copy; the school will have a copy too\". Say \"skip\""
                    + " to leave it for now.");

    /**
     * Whether a step is asked once per mapping, once per worry while the worries are mapped, or once per
     * worry after them (each worry has its own scale, as the templates have it).
     */
    public enum Scope { MAPPING, WORRY, SCALE }

    /** Free text gets the gentle checks (length, one word, jargon); choices are read by their own parser. */
    public enum Answer { TEXT, CHOICE }

    private final Scope scope;
    private final Answer answer;
    private final boolean optional;
    private final String title;
    private final String purpose;
    private final String question;

    Step(Scope scope, Answer answer, boolean optional, String title, String purpose, String question) {
        this.scope = scope;
        this.answer = answer;
        this.optional = optional;
        this.title = title;
        this.purpose = purpose;
        this.question = question;
    }

    public Scope scope() {
        return scope;
    }

    /** Asked once for each worry, so its answer belongs to one worry. */
    public boolean perWorry() {
        return scope != Scope.MAPPING;
    }

    public boolean isFreeText() {
        return answer == Answer.TEXT;
    }

    public boolean optional() {
        return optional;
    }

    public String title() {
        return title;
    }

    public String purpose() {
        return purpose;
    }

    public String question() {
        return question;
    }

    /** The steps a worker can go back to from a review to change one answer. */
    public boolean isReworkable() {
        return scope == Scope.WORRY && answer == Answer.TEXT;
    }
}
