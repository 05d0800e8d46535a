package org.practiceassistant.check.rules;

import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.text.AnalysedText;

/** The plan says what the family and network will do day to day, not only what professionals will do. */
final class FamilyDayToDayCriterion extends Criterion<ParsedPlan> {

    FamilyDayToDayCriterion() {
        super(CriterionId.FAMILY_DAY_TO_DAY, Sources.HANDBOOK_PLANS_JARGON_FREE);
    }

    /*
     * What a family member does day to day, not a service they may be sent to ("Early Help if needed") or
     * something left to a need that may never come ("as needed").
     */
    private static boolean isDayToDay(String what) {
        AnalysedText text = AnalysedText.of(what);
        boolean service = WordLists.SERVICE_TASKS.first(text).isPresent() || WordLists.VAGUE_AIMS.first(text).isPresent()
                || CASE_HOLDERS.first(text).isPresent();
        boolean onlyIfNeeded = TimescaleGrammar.findVague(what).isPresent();
        return !service && !onlyIfNeeded;
    }

    /*
     * "Mother to inform SW of any new partners", "Parents to contact SW with any concerns", "work openly with the LA": a task
     * owed to whoever holds the case is the family answering to the service, not care they give the child day to day. Only
     * the case holder by their office: "ring Hannah", "tell school" stay day to day, as a family's plan says them.
     */
    private static final org.practiceassistant.check.text.Lexicon CASE_HOLDERS = org.practiceassistant.check.text.Lexicon.of("sw",
            "the social worker", "social worker", "the la", "the local authority", "children's services", "childrens services",
            "professionals");

    private static final java.util.Set<String> MODALS = WordLists.stems("will", "to", "must", "shall", "'ll", "going");

    /*
     * "Nan Carol will take Maisie to school": someone who will do it. Not "Wayne moved in over the summer" (what
     * happened) nor a child the plan is about ("Ava to be weighed").
     */
    private static boolean willDo(ParsedPlan plan, GoalClauses.Clause clause, java.util.Set<String> workers) {
        AnalysedText text = plan.text();
        AnalysedText.Token actor = text.tokens().get(clause.actorToken());
        String name = text.text().substring(actor.start(), actor.end());
        return !plan.childNames().contains(name) && !titled(text, clause.actorToken()) && !workers.contains(name)
                && saysWillDo(text, clause.actorToken() + 1, clause.verbToken());
    }

    /*
     * A modal between who and the verb. "To" is one only straight after who it is about ("Dad to take", "Mum (Kirsty) to
     * ring"): after another word it is that word's ("Dad known to police", "Mum agreed to minutes being shared", "capacity
     * to change"), and says nothing anyone will do.
     */
    private static boolean saysWillDo(AnalysedText text, int from, int to) {
        for (int i = from; i < to; i++) {
            String stem = text.tokens().get(i).stem();
            if (MODALS.contains(stem) && (!stem.equals("to") || i == from || followsAName(text, i))) {
                return true;
            }
        }
        return false;
    }

    /* The word before is a name or the end of a bracket after one: "Dean and Ruby to", "Mum (Kirsty) to". */
    private static boolean followsAName(AnalysedText text, int token) {
        AnalysedText.Token before = text.tokens().get(token - 1);
        char last = text.text().charAt(before.end() - 1);
        return Character.isUpperCase(text.text().charAt(before.start())) || last == ')' || text.text().charAt(before.end()) == ')';
    }

    private static final java.util.Set<String> TITLES = java.util.Set.of("mr", "mrs", "ms", "miss", "dr");

    /*
     * "Mr Okafor will ring Sunita", "Mrs Lowe will let Sam ...": plans call family and friends by their first names and the
     * professionals around them by title and surname.
     */
    private static boolean titled(AnalysedText text, int actor) {
        if (actor == 0) {
            return false;
        }
        AnalysedText.Token before = text.tokens().get(actor - 1);
        return TITLES.contains(text.text().substring(before.start(), before.end()).toLowerCase(java.util.Locale.ROOT));
    }

    /* "Mr Okafor (Homes North): agree a payment plan": a who label opening with a title is a professional, as in a clause. */
    private static boolean titled(String who) {
        String w = who.strip();
        int space = w.indexOf(' ');
        return space > 0 && TITLES.contains(w.substring(0, space).replace(".", "").toLowerCase(java.util.Locale.ROOT));
    }

    /* How far past its verb a clause's object is read: a bound keeps the check linear on a sentence that never ends. */
    private static final int OBJECT_WORDS = 12;

    /*
     * The words from the clause's verb on, to the end of its sentence or {@link #OBJECT_WORDS} words: "Father to provide
     * hair strand test" turns on "provide", but what is provided (a test for professionals) decides whether it is
     * day-to-day care.
     */
    private static String restOfSentence(AnalysedText text, GoalClauses.Clause clause) {
        AnalysedText.Token verb = text.tokens().get(clause.verbToken());
        AnalysedText.Sentence sentence = text.sentences().get(verb.sentence());
        int last = Math.min(sentence.endToken(), clause.verbToken() + OBJECT_WORDS) - 1;
        return text.text().substring(verb.start(), text.tokens().get(last).end());
    }

    private static final java.util.Set<String> DO = WordLists.stems("do");

    /*
     * "What Chantelle will do", "What Grandad will do:": a heading over someone's list says they will do something and stops
     * there. The verb "do" with nothing after it in its sentence names no task, so it is not what the family does day to day.
     */
    private static boolean namesNoTask(AnalysedText text, GoalClauses.Clause clause) {
        int verb = clause.verbToken();
        int sentence = text.tokens().get(verb).sentence();
        return DO.contains(text.tokens().get(verb).stem()) && text.sentences().get(sentence).endToken() == verb + 1;
    }

    /* The sentences of the plan's bottom lines and contingency, read once: a set, so each clause is looked up in constant time. */
    private static java.util.Set<String> rulesAndContingencies(ParsedPlan plan) {
        java.util.Set<String> sentences = new java.util.HashSet<>();
        for (PlanSection section : java.util.List.of(PlanSection.BOTTOM_LINES, PlanSection.CONTINGENCY)) {
            for (String item : plan.section(section)) {
                AnalysedText text = AnalysedText.of(item);
                for (int s = 0; s < text.sentences().size(); s++) {
                    sentences.add(text.sentenceText(s).strip());
                }
            }
        }
        return sentences;
    }

    /* How far into an action its doer may start: "Grandma Bisi picks up ..." opens with a role before the name. */
    private static final int OPENING_ACTOR_TOKENS = 2;

    /*
     * "Grandma Bisi picks up Amara from gymnastics on Tuesdays", "Callum texts Uncle Femi at 6pm": an action of the plan's
     * list with no who column, opening with who in the family does it. In a list of what a family does, the present tense
     * is what they do each day, so no "will" is needed (in running prose it would be what happens now, read above by
     * willDo). Not a child, the plan's worker or a titled professional, and not a service or something only if needed.
     */
    private static boolean opensWithFamilyDoing(ParsedPlan plan, String what, java.util.Set<String> workers) {
        AnalysedText text = AnalysedText.of(what);
        for (GoalClauses.Clause clause : GoalClauses.of(text)) {
            if (clause.actorToken() >= OPENING_ACTOR_TOKENS) {
                return false;
            }
            AnalysedText.Token actor = text.tokens().get(clause.actorToken());
            String name = text.text().substring(actor.start(), actor.end());
            if (!clause.professional() && !clause.negated() && clause.action() == GoalClauses.Action.OBSERVABLE
                    && !plan.childNames().contains(name) && !workers.contains(name) && !titled(text, clause.actorToken())
                    && isDayToDay(restOfSentence(text, clause))) {
                return true;
            }
        }
        return false;
    }

    @Override
    CriterionResult check(ParsedPlan plan) {
        // The worker the plan's header names is a professional, whatever their name: "Sunita will ask the housing team".
        java.util.Set<String> workers = VisitsAndReviewCriterion.workerNames(plan.text().text());
        for (PlanAction action : plan.actions()) {
            if (action.who().isBlank() && opensWithFamilyDoing(plan, action.what(), workers)) {
                return pass(action.shown());
            }
            if (action.who().isBlank() || workers.stream().anyMatch(w -> action.who().strip().startsWith(w)) || titled(action.who())) {
                continue;
            }
            AnalysedText who = AnalysedText.of(action.who());
            boolean family = WordLists.FAMILY.first(who).isPresent()
                    || (Spans.firstPerson(who, 0, who.wordCount()).isPresent() && WordLists.PROFESSIONALS.first(who).isEmpty());
            if (family && isDayToDay(action.what())) {
                return pass(action.shown());
            }
        }
        java.util.Set<String> rules = rulesAndContingencies(plan);
        for (GoalClauses.Clause clause : GoalClauses.of(plan.text())) {
            if (rules.contains(plan.text().sentenceText(plan.text().tokens().get(clause.verbToken()).sentence()).strip())) {
                // "Nicola must report this to the police": a bottom line or what happens if the plan breaks down, not day to day.
                continue;
            }
            if (!clause.professional() && !clause.negated() && clause.action() == GoalClauses.Action.OBSERVABLE
                    && willDo(plan, clause, workers) && !namesNoTask(plan.text(), clause) && isDayToDay(restOfSentence(plan.text(), clause))) {
                return pass(quoted(clause.quote(plan.text())));
            }
        }
        return fail("", "Say what the family and their network will do day to day to keep the child safe, "
                + "not only what professionals will do.");
    }
}
