package org.practiceassistant.check.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts a plan can have, each recognised by the many headings authorities use for it. */
enum PlanSection {
    DANGER_STATEMENTS("danger statements?|worry statements?|what are we worried about\\??|why we are (?:involved|worried)|worries|our worries|"
            + "(?:the )?worries(?: are)?|what we are worried about|critical worries|"
            // "What people are worried about", "What everyone is worried about": who, then what they are worried about.
            + "what (?:[\\p{L}']+ ){1,3}(?:are|is) (?:worried|concerned) about|concerns|(?:main )?worry|danger|ds|danger statements? and safety goals?"),
    SAFETY_GOALS("safety goals?|wellbeing goals?|success goals?|goals?|what (?:would|will) good look like\\??|"
            + "what needs to be different|what (?:do )?we (?:all )?(?:need|want|would like) to see|"
            // "What we want everyone to see": who is to see it named between; still what the family want to see is the goal.
            + "what we (?:all )?(?:need|want|would like) (?:everyone|everybody|people|others|the network|professionals|you) to see|family goals?|what will tell us .*safe|sg|"
            // "What we want to happen": what the family and network want life to be like is the goal (blind10's plans 06 and
            // 10); "What needs to happen" stays the mapping's third column, read by what is under it.
            + "what we (?:all )?(?:want|would like) to happen|"
            // "What we want instead": what the family want in place of what worried everyone, in their own words.
            + "what we (?:all )?(?:want|would like) instead|"
            // "What we want" alone: a plan in the family's own words names its goal as what they want.
            + "what we (?:all )?(?:want|would like)|"
            + "what (?:success|good|safety|wellbeing) (?:looks|will look) like|(?:safety |wellbeing |success )?goals? for .*"),
    ACTIONS("what needs to happen\\??|next steps|safety plan|action plan|actions?|who will do what|who does what|"
            + "who is doing what(?: and (?:by )?when)?|who (?:does|will do) what(?: and (?:by )?when)?|what will happen and who will do it|our plan|the safety plan|plan of action|support plan|what will you do\\??|"
            + "the plan|safety planning|outline (?:child protection |child in need )?plan|what (?:is|are) the actions?\\??|what will (?:other people|professionals|the family) do.*|"
            + "family actions|professional actions|tasks|trajectory|direct work(?: plan)?|"
            // "What everyone will do", "What the network will do": what people will do is the action plan.
            + "what (?:[\\p{L}']+ ){1,3}(?:will|is going to|are going to) do(?: and when)?|who(?:'s| has|'s) got what jobs?|"
            // "Plan:" over a list of who does what; "What will happen, who and when": a heading that names who and when.
            + "plan|.*\\bwho\\b.*\\bwhen\\b.*"),
    BOTTOM_LINES("bottom lines?|(?:the )?things that must (?:and must not )?happen|(?:safety )?plan rules|rules|(?:the )?non[- ]negotiables?|what must (?:and must not )?happen|must and must not|rules that cannot change|"
            // "Our rules that can't be broken", "Rules we will never break": the family's own name for their bottom lines.
            + "rules (?:that|which|we) (?:can't|cannot|can not|must not|mustn't|won't|will not|will never|never) (?:be )?(?:broken|break|change)|lines we (?:won't|will not|must not|can't|cannot) cross"),
    CONTINGENCY("contingency(?: plan(?:ning)?)?|if things go wrong|if (?:the|this) (?:safety )?plan (?:breaks(?: down)?|is broken|fails|does not work|doesn't work)|what (?:will|happens?) (?:happen )?if .*|if the plan (?:is not|isn't) (?:followed|working)|plan b|"
            // A short heading that opens with "if" ("If it isn't working", "If things do not get better") sets out what happens then.
            + "if .*"),
    VOICE_OF_CHILD("voice of the child|(?:the )?[\\p{L}-]+'s (?:voices?|views?|wishes(?: and feelings)?|words|say)|(?:the )?child'?s? (?:views?|voice|wishes(?: and feelings)?)|wishes and feelings|"
            // "Milo's say", "What Milo has told us": the child's say and what they have told us are their voice too.
            + "what (?:[\\p{L}-]+ )?(?:says|said|has said|told us|has told us|have told us|thinks|wants)|"
            // "What Noah is telling us": a baby tells us by what he shows; the present tense is his voice as much as the past.
            + "what (?:[\\p{L}-]+ )?(?:is telling us|tells us|is showing us|shows us|is saying)|in (?:his|her|their|my|[\\p{L}-]+'s) (?:own )?words|three houses|children'?s views|"
            // "What the children say"; "How Aiden shows us how he is": a child too young for words or without speech is heard by what they show.
            + "what the (?:children|child|young person|young people) (?:say|says|said|think|thinks|want|wants)|"
            // "What Cai and Elin say": two children by name (not the adults: "What Mum and Dad say" is the family's view).
            + "what (?!(?:mum|dad|mother|father|parents?|carers?|nan|gran|grandma|grandad)\\b)[\\p{L}-]+ and "
            + "(?!(?:mum|dad|mother|father|parents?|carers?|nan|gran|grandma|grandad)\\b)[\\p{L}-]+ (?:say|said|think|want|have told us)|"
            + "how (?:\\p{L}+ )?(?:shows?|tells?) (?:us|you|people|others|adults)\\b.*|"
            // "What I think (Destiny)": a plan written by the young person gives their own view in the first person.
            + "what i (?:think|say|want|feel)|"
            // "Rosie says": a heading that is the child's name and "says" (the parents' "Mum says" is read as theirs first).
            + "[\\p{L}-]+ says"),
    /* "Parents' views", "Family's views": what the adults think is theirs, not the child's voice. */
    FAMILY_VIEWS("(?:the )?(?:parents?|family|mum|dad|mother|father|carers?|mum and dad|parents and carers?)'?s?'? "
            + "(?:views?|voice|wishes(?: and feelings)?|words|comments|say)|(?:the )?(?:parents?|family|mum|dad|mother|father|carers?) (?:says|said|say)"),
    SCALING("scaling|(?:safety|wellbeing|success) scale|scale|scaling questions?|where are we on the scale|scores?|"
            // "How worried are we? (0 to 10)", "How safe is Kezia?": the scale's question as its heading.
            + "how (?:worried|safe|confident|sure) (?:are|is|do|does) .*|.*\\b0 ?(?:to|-|\u2013) ?10\\b.*"),
    NETWORK("(?:safety |family |support )?network|family support|support from (?:family|the family)(?: and friends)?|who is in the network|family and friends(?: helping| who help)?|people who (?:will )?help.*|"
            // "Who helps us", "Who will help Mia": the network named by what it does.
            + "who (?:helps|will help|is helping|supports|will support) (?:us|me|him|her|them|the family|[\\p{L}-]+)"),
    VISITS_AND_REVIEW("visits?(?: and review)?|reviews?|"
            // "Statutory visits", "Home visits", "Contact and review" (a pathway plan's worker keeping in touch): blind10's plans
            // 09 and 11, whose visits had been read as more of the contingency above them.
            + "(?:statutory|home|social worker'?s?|sw) visits?(?: and reviews?)?|contact and reviews?|review(?:ing)?(?: the plan| arrangements)?|how (?:will )?we (?:will )?review.*|"
            + "visits and reviews?|meetings|next meeting|core groups?|frequency of visits|reviewing progress|"
            // "When we'll look at it again", "When we will look at the plan again": when the plan is reviewed, in plain words.
            + "when (?:we'll|we will|will we|we) (?:all )?(?:look at|go over|check) (?:it|this|the plan|this plan|our plan) again"),
    // "Identity and culture" (the drafting coach's own heading), "Identity, culture and religion".
    IDENTITY("identity(?:(?:,| and| &) (?:diversity|culture|religion|faith|language))*|"
            // "Family, culture and faith", "Faith and language": a list of what identity is made of.
            + "(?:family|culture|faith|religion|language|heritage|diversity)(?:(?:,| and| &) (?:identity|diversity|culture|religion|faith|language|heritage))+|"
            + "diversity|culture(?: and identity)?|who (?:we are|i am|\\p{L}+ is|(?:[\\p{L}'-]+ ){1,4}are)|identity, culture and diversity|equality and diversity|"
            + "culture, religion and language"),
    SHARING("shared with(?: (?:the )?(?:family|parents|everyone|the network)(?: and .*)?)?|sharing the plan|agreement|signatures?|signed|who has a copy|copies|cop(?:y|ies) of (?:the )?plan|"
            + "plan shared(?: with.*)?|who has (?:the|this) plan"),
    /* The handbook's existing-solutions column under each model's name: "Existing Safety", "Existing Wellbeing", "Existing Success". */
    STRENGTHS("what'?s working well\\??|what is working well\\??|strengths|safety|existing (?:safety|wellbeing|success|strengths)|positives"),
    /*
     * The past column under each model's name in the handbook's table: "Harm", "Wellbeing Concerns (past)", "Worrying
     * Behaviour (past)". What happened is no worry statement, however it is numbered under "What are we worried about".
     */
    HARM("harm|past harm|complicating factors|what has happened|wellbeing concerns|worrying behaviou?r"),
    OTHER("");

    private final Pattern heading;

    PlanSection(String headings) {
        // Headings are lower-cased before matching: case-insensitive matching is several times slower.
        this.heading = Pattern.compile("(?:" + headings + ")");
    }

    /** The section a heading names, if any: the whole heading must match one of its forms. */
    static java.util.Optional<PlanSection> ofHeading(String heading) {
        if (heading.length() > MAX_HEADING_CHARS) {
            // No heading is this long; the limit also keeps every heading pattern's work small and fixed.
            return java.util.Optional.empty();
        }
        // "Worry statement 1:": the colon goes before the number, so the number can go too.
        String h = TRIM_END.matcher(NUMBER_END.matcher(TRIM_END.matcher(NUMBER_START.matcher(withoutPartNumber(Headings.withoutTrailingParenthesis(heading.strip())))
                .replaceAll("")).replaceAll("")).replaceAll("")).replaceAll("").replace('\u2019', '\'').toLowerCase(java.util.Locale.ROOT);
        if (h.isEmpty()) {
            return java.util.Optional.empty();
        }
        // "What needs to happen (safety goal)": a statement's or goal's own name in brackets says what the part is,
        // whatever the plan's own words before it would otherwise be read as (here, the action plan).
        String inBrackets = Headings.trailingParenthesis(heading.strip());
        java.util.Optional<PlanSection> bracketed = inBrackets.isEmpty() || inBrackets.length() >= heading.strip().length()
                ? java.util.Optional.empty() : ofHeading(inBrackets);
        if (bracketed.filter(s -> s == DANGER_STATEMENTS || s == SAFETY_GOALS).isPresent()) {
            return bracketed;
        }
        java.util.Optional<PlanSection> named = matching(h);
        if (named.isEmpty()) {
            // "Who will do what, day to day", "Who we are, and what matters to us": the heading's name, then a qualifier.
            int comma = h.indexOf(", ");
            if (comma > 0) {
                named = matching(h.substring(0, comma));
            }
        }
        if (named.isEmpty()) {
            // "Tyrone's identity", "Sam's network": the part, said of the child it is about.
            int possessive = h.indexOf("'s ");
            if (possessive > 0 && h.lastIndexOf(' ', possessive) < 0) {
                // Not "Rosie's safety plan": a plan named for its child is the title, not the action plan.
                named = matching(h.substring(possessive + 3)).filter(s -> s != ACTIONS);
            }
        }
        if (named.isEmpty()) {
            // "My goals", "My worries", "Her network": a plan written with or by the young person names its parts as theirs.
            int space = h.indexOf(' ');
            if (space > 0 && POSSESSIVE_DETERMINERS.contains(h.substring(0, space))) {
                named = matching(h.substring(space + 1)).filter(s -> s != ACTIONS);
            }
        }
        if (named.isEmpty() && bracketed.isEmpty()) {
            // "Worry / Danger statement": two names for one part, either of which we know.
            int slash = h.indexOf(" / ");
            if (slash > 0) {
                named = matching(h.substring(0, slash));
                if (named.isEmpty()) {
                    named = matching(h.substring(slash + 3));
                }
            }
        }
        // "Why we are involved (danger statements)": the part's usual name in brackets after the plan's own words.
        return named.isPresent() ? named : bracketed;
    }

    /*
     * "Section 4: Safety goal", "Part B – Network", "SECTION 2 - WHAT DO WE NEED TO SEE?": a template numbers its parts by
     * name; the number says where the part is in the form, the words after it say which part it is.
     */
    static final Pattern PART_NUMBER = Pattern.compile("^(?i:section|part|step)\\s+(?:\\d{1,2}|[A-Ha-h])(?![\\p{L}\\d])\\s*[:.)\\-\u2013\u2014]?\\s*");

    /* The heading without the form's "Section 4:" before its name; a heading that is nothing but the number is left as it is. */
    static String withoutPartNumber(String heading) {
        Matcher m = PART_NUMBER.matcher(heading);
        return m.lookingAt() && m.end() < heading.length() ? heading.substring(m.end()) : heading;
    }

    private static java.util.Optional<PlanSection> matching(String lowerCaseHeading) {
        for (PlanSection section : ORDER) {
            if (section.heading.matcher(lowerCaseHeading).matches()) {
                return java.util.Optional.of(section);
            }
        }
        return java.util.Optional.empty();
    }

    private static final java.util.Set<String> POSSESSIVE_DETERMINERS = java.util.Set.of("my", "our", "his", "her", "their", "your");

    /** The longest line read as a heading, in characters. */
    static final int MAX_HEADING_CHARS = 200;
    private static final Pattern NUMBER_START = Pattern.compile("^\\d+[.)]?\\s*");
    private static final Pattern NUMBER_END = Pattern.compile("\\s*\\d+$");
    private static final Pattern TRIM_END = Pattern.compile("[:?.\\s]+$");

    /* Contingency before the goal forms: "what happens if the goals are not met" is contingency. */
    private static final List<PlanSection> ORDER = List.of(CONTINGENCY, BOTTOM_LINES, DANGER_STATEMENTS, SAFETY_GOALS,
            FAMILY_VIEWS, VOICE_OF_CHILD, SCALING, NETWORK, VISITS_AND_REVIEW, IDENTITY, SHARING, ACTIONS, STRENGTHS, HARM);
}
