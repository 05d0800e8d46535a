package org.practiceassistant.check.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;

/** The plan says how often the social worker visits and how the plan is reviewed. */
final class VisitsAndReviewCriterion extends Criterion<ParsedPlan> {

    /* How often: "as per statutory timescales" only points elsewhere ("per" as in "twice per week" counts). */
    private static final Pattern OFTEN = Pattern.compile("(?i)\\b(?:every|each|weekly|fortnightly|monthly|at least|twice|"
            + "once|times a|(?<!as )per\\b|within (?:\\d|a |an |one |two |three |four |five |six |ten )|\\d+\\s*(?:working )?(?:days|weeks|months)|in \\w+ (?:weeks|months)|on \\d|by \\d|next|"
            + "\\d{1,2}[/.]\\d{1,2})");
    /* The social worker's visits: "visit", "visits", "visiting" (not "visitor"), or the social worker seeing the child. */
    private static final Pattern VISIT = Pattern.compile("(?i)\\bvisit(?:s|ed|ing)?\\b");
    private static final Pattern SOCIAL_WORKER = Pattern.compile("(?i)\\b(?:social workers?|sw|i|we)\\b|\\(social worker\\)");
    private static final Pattern SEES = Pattern.compile("(?i)\\b(?:see|sees|seeing|seen|meet|meets|spend time with)\\b");
    /* The verb a visiting sentence turns on: whoever is named before it is the one who visits. */
    private static final Pattern VISITS_OR_SEES = Pattern.compile("(?i)\\b(?:visit(?:s|ed|ing)?|see|sees|seeing|seen|meet|meets|"
            + "spend time with)\\b");
    /*
     * Other professionals' visits are neither the social worker's visits nor the plan's review: "the health
     * visitor will visit weekly to weigh Ella" says nothing about how often the social worker comes.
     */
    private static final Pattern OTHER_PROFESSIONAL = Pattern.compile("(?i)\\b(?:health visitor|midwife|nurse|school nurse|"
            + "family support worker|support worker|family worker|early help worker|youth worker|gp|doctor|teacher|"
            + "school|nursery|camhs|therapist|police|probation|housing|"
            // Their short forms too: "HV to visit weekly" is the health visitor, FNP the family nurse.
            + "hvs?|fnp|idva|isva|paediatrician|recovery worker|drugs? worker|alcohol worker|outreach worker)\\b");
    /*
     * The meetings that review a plan, by their names and the short forms plans use for them (CGM a core group meeting,
     * RCPC a review conference, TAF the team around the family's meeting), and a review in the family's words.
     */
    private static final Pattern REVIEW = Pattern.compile("(?i)\\b(?:review\\w*|core groups?|care team meetings?|"
            + "child in need meetings?|cin meetings?|network meetings?|conference|team around the family meetings?|"
            + "cgms?|rcpcs?|taf (?:meetings?|reviews?)|"
            // "We will all meet at Gran's on 22 October to look at the plan and the scores again": a review in the family's words.
            + "look (?:again )?at the plan|go over the plan|meet again|"
            // Going through the plan itself, however it is said: "We will look at this plan together every 3 months", "meet at
            // Nan's every 4 weeks to go through this plan", "The plan will be looked at together every 6 weeks". The plan as the
            // thing gone through is the review; "look at" alone (a doctor looking at a rash) is not.
            + "(?:look(?:ed|ing)?|go(?:ing)?|went|talk(?:ed|ing)?|read(?:ing)?) (?:again |back )?(?:at|through|over) (?:the|this|our|my) plan|"
            // "We check this plan again at my meeting on 6 November": the plan checked again is its review.
            + "check(?:s|ed|ing)? (?:the|this|our|my) plan again|"
            + "(?:the|this|our|my) plan (?:will|is to|is going to) be (?:looked at|gone through|gone over|talked through))\\b");
    private static final Pattern AGAIN = Pattern.compile("(?i)\\bagain\\b");
    /*
     * "When we will look at the plan again: At the next meeting on 5 March": under the plan's own visits-and-review heading,
     * a meeting on a date is the review, however plainly the family name it.
     */
    private static final Pattern MEETING = Pattern.compile("(?i)\\bmeetings?\\b");
    /* Sentences or lines: a visit and its frequency must be said together. A table row is one clause: its cells belong together. */
    private static final Pattern CLAUSES = Pattern.compile("[.;]");
    /*
     * "Pat and Shona will check in every morning by text or a visit": a visit after "by" or "or" is how someone keeps in
     * touch (beside a text or a call), not the social worker's visits; a clause naming the worker keeps it.
     */
    private static final Pattern VISIT_AS_A_MEANS = Pattern.compile("(?i)\\b(?:by|or) (?:a |an )?(?:home |quick )?visits?\\b");
    /*
     * "We want to see this every night until Amelia's birthday": what the plan wants to see happen is its goal, not anyone
     * seeing the child; the wish and its "see" are left out before a clause is read for a visit.
     */
    private static final Pattern WANTED_SIGHT = Pattern.compile("(?i)\\b(?:want|wants|need|needs|like|hope|hoping|expect|expects)"
            + " to see\\b");
    /* "Every meeting and visit has an interpreter", "at each visit": which visits, not how often they happen. */
    private static final Pattern WHICH_VISITS = Pattern.compile("(?i)\\b(?:every|each)\\s+(?:[a-z]{1,20}\\s+and\\s+)?visits?\\b");
    /*
     * Who the plan says its social worker (or, in Early Help, its lead worker) is: "Social worker: Aled Rees", "My social
     * worker: Kirsty Lamb", "Allocated SW: Daniel Forster", "Family worker: Nicola Baird", "Joanne Tait (social worker)";
     * a care leaver's personal adviser ("PA: Nadia Khan") is their allocated worker; "our social worker Hannah" names her too.
     * Their first name before "will visit" is the social worker visiting.
     */
    private static final Pattern NAMED_WORKER = Pattern.compile("(?i:social worker|sw|family worker|lead (?:practitioner|professional)"
            + "|key worker|\\bpersonal advis[eo]r|\\bpa)s?\\s*[:\\-\u2013]\\s*(\\p{Lu}\\p{Ll}+)|(\\p{Lu}\\p{Ll}+)(?: \\p{Lu}\\p{Ll}+)?,? \\((?i:social worker|sw)\\)"
            // "WORKER: Sunita Kaur, leaving care social worker": a form's worker field opening its line.
            + "|^(?i:worker)\\s*:\\s*(\\p{Lu}\\p{Ll}+)"
            // "with our social worker Hannah typing": the role, then the worker's name straight after it.
            + "|(?i:social worker)\\s+(\\p{Lu}\\p{Ll}+)");

    private static List<String> clauses(String text) {
        List<String> clauses = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (isTableRow(line)) {
                clauses.add(line);
            } else {
                clauses.addAll(Arrays.asList(CLAUSES.split(line)));
            }
        }
        return clauses;
    }

    private static boolean isTableRow(String clause) {
        return clause.indexOf('|') >= 0 || clause.indexOf('\t') >= 0;
    }

    /**
     * Whether a clause says the social worker visits. The one named before the visiting verb decides: the social
     * worker (by role, "I"/"we" as the plan's author, or by the name the plan gives them) visits; another professional
     * ("the health visitor will visit") does not. Where the clause is in the plan's visits-and-review part, anyone not
     * named as another professional who visits or sees the family is taken as the worker ("Aled will visit every 4
     * weeks, once at school"). A table row is read as before: its cells are not in sentence order.
     */
    private static boolean isSocialWorkerVisit(String clause, boolean inVisitsPart, Set<String> workerNames) {
        clause = WANTED_SIGHT.matcher(clause).replaceAll("");
        if (!SOCIAL_WORKER.matcher(clause).find() && !namesWorker(clause, workerNames)) {
            // With no worker in the clause, a visit said as one way of keeping in touch is not the worker's visit.
            clause = VISIT_AS_A_MEANS.matcher(clause).replaceAll("");
        }
        if (familyVisits(clause, workerNames)) {
            return false;
        }
        boolean socialWorker = SOCIAL_WORKER.matcher(clause).find();
        boolean byWordAnywhere = !(OTHER_PROFESSIONAL.matcher(clause).find() && !socialWorker)
                && (VISIT.matcher(clause).find() || (socialWorker && SEES.matcher(clause).find()));
        if (byWordAnywhere || isTableRow(clause)) {
            return byWordAnywhere;
        }
        Matcher verb = VISITS_OR_SEES.matcher(clause);
        if (!verb.find()) {
            return false;
        }
        String before = clause.substring(0, verb.start());
        if (OTHER_PROFESSIONAL.matcher(before).find() && !SOCIAL_WORKER.matcher(before).find()) {
            return false;
        }
        // Outside the visits part a named worker must visit or see the child: "Gemma and her manager meet the family" after a
        // breakdown is a meeting, not a visit.
        String how = verb.group().toLowerCase(java.util.Locale.ROOT);
        boolean isVisit = how.startsWith("visit");
        return isVisit || inVisitsPart || (how.startsWith("se") && namesWorker(before, workerNames));
    }

    /*
     * "Grandad Tony to visit every Sunday", "Nan will see the children each weekend": a family or network member named
     * before the visiting verb, with no social worker in the clause, is the one who visits; their visits are not the
     * social worker's.
     */
    private static boolean familyVisits(String clause, Set<String> workerNames) {
        Matcher verb = VISITS_OR_SEES.matcher(clause);
        if (!verb.find()) {
            return false;
        }
        // Anywhere in the clause: "Mum will make sure Ava is seen by the social worker every week" is the worker's visit.
        if (SOCIAL_WORKER.matcher(clause).find() || namesWorker(clause, workerNames)) {
            return false;
        }
        if (isTableRow(clause)) {
            // "Visit Leo every Sunday | Grandad Tony | every Sunday": the row's who, a short cell naming a family member.
            for (String cell : clause.split("[|\t]")) {
                if (PlanParser.wordCount(cell) <= WHO_CELL_WORDS && namesFamily(cell)) {
                    return true;
                }
            }
            return false;
        }
        String before = clause.substring(0, verb.start());
        return !before.isBlank() && namesFamily(before);
    }

    /* A who cell names a person or two ("Grandad Tony", "Mum and Nan"); a longer cell is what they do. */
    private static final int WHO_CELL_WORDS = 4;

    /*
     * The family and network members of WordLists.FAMILY, as a pattern: every clause of a long plan may be read for them,
     * and analysing each one's words would cost far more than matching them.
     */
    private static final Pattern FAMILY_MEMBER = Pattern.compile("(?i)\\b(?:mum|mummy|mother|dad|daddy|father|parents?|"
            + "step-?(?:dad|mum|father|mother)|gran|granny|grandma|grandmother|nan|nana|nanna|nanny|grandad|grandpa|grandfather|"
            + "grandparents?|aunt|auntie|aunty|uncle|cousin|god(?:mother|father|parent)|neighbours?|friends?|partner|"
            + "foster carers?|carers?|boyfriend|girlfriend|husband|wife|sister|brother|pastor|imam|childminder)s?\\b");

    private static boolean namesFamily(String words) {
        return FAMILY_MEMBER.matcher(words).find();
    }

    private static boolean namesWorker(String words, Set<String> workerNames) {
        for (String word : words.split("[^\\p{L}]+")) {
            if (workerNames.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The first names the plan gives its social (or lead) worker, from its header or a "(social worker)" after a name. */
    static Set<String> workerNames(String text) {
        Set<String> names = new HashSet<>();
        for (String line : text.split("\n")) {
            if (line.length() > 400) {
                continue; // a header line naming the worker is short; a long paste line is not read for it
            }
            Matcher m = NAMED_WORKER.matcher(line);
            while (m.find()) {
                names.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4));
            }
        }
        return names;
    }

    VisitsAndReviewCriterion() {
        super(CriterionId.VISITS_AND_REVIEW, Sources.PLAN_VISITS_AND_REVIEW);
    }

    @Override
    CriterionResult check(ParsedPlan plan) {
        Optional<String> visits = Optional.empty();
        Optional<String> review = Optional.empty();
        Set<String> workers = workerNames(plan.text().text());
        // The plan's lines, then its visits-and-review part as paragraphs: a sentence wrapped over two lines is read whole there.
        List<String> clauses = new ArrayList<>(clauses(plan.text().text()));
        int inTheWholeText = clauses.size();
        plan.section(PlanSection.VISITS_AND_REVIEW).forEach(paragraph -> clauses.addAll(clauses(paragraph.replace('\n', ' '))));
        for (int i = 0; i < clauses.size(); i++) {
            String clause = clauses.get(i);
            boolean often = OFTEN.matcher(clause).find();
            if (visits.isEmpty() && often && isSocialWorkerVisit(clause, i >= inTheWholeText, workers)
                    && OFTEN.matcher(WHICH_VISITS.matcher(clause).replaceAll("")).find()) {
                visits = Optional.of(PlanPartCriterion.shorten(clause));
            }
            // "We will all meet again in three months (around the middle of February)": any timescale says when.
            // Under the plan's own visits-and-review heading, something done "again" on a date is the review, whatever the
            // family call it ("We'll all sit down again on 26 January to see how we are doing").
            boolean reviewed = REVIEW.matcher(clause).find() || (i >= inTheWholeText && (AGAIN.matcher(clause).find() || MEETING.matcher(clause).find()));
            if (review.isEmpty() && reviewed && (often || TimescaleGrammar.find(clause).isPresent())) {
                review = Optional.of(PlanPartCriterion.shorten(clause));
            }
        }
        if (visits.isPresent() && review.isPresent()) {
            return pass(visits.get().equals(review.get()) ? quoted(visits.get()) : quoted(visits.get()) + "; " + quoted(review.get()));
        }
        String missing = visits.isEmpty() && review.isEmpty() ? "how often the social worker will visit and how and when the plan will be reviewed"
                : visits.isEmpty() ? "how often the social worker will visit" : "how and when the plan will be reviewed";
        String found = visits.isPresent() ? quoted(visits.get()) : review.map(Criterion::quoted).orElse("");
        return fail(found, "Say " + missing
                + ", for example \"Sam (social worker) will visit every two weeks; the core group reviews the plan every six weeks, next on 12 June\".");
    }
}
