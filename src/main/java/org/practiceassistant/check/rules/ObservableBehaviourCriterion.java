package org.practiceassistant.check.rules;

import java.util.List;
import java.util.Optional;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Lexicon;

/**
 * A safety goal says what the family will be doing that others can see ("Gran will collect Jack from
 * school"), not attending a service ("engage with services", "complete a parenting course") or a vague
 * aim ("be protective").
 */
final class ObservableBehaviourCriterion extends Criterion<AnalysedText> {

    ObservableBehaviourCriterion(Wording wording) {
        super(CriterionId.OBSERVABLE_BEHAVIOUR, wording.definition());
    }

    @Override
    CriterionResult check(AnalysedText text) {
        for (GoalClauses.Clause clause : GoalClauses.of(text)) {
            if (!clause.professional() && !clause.negated() && clause.action() == GoalClauses.Action.OBSERVABLE
                    && !isServiceOrVague(text, clause)) {
                return pass(quoted(clause.quote(text)));
            }
        }
        Optional<GoalClauses.Clause> helping = professionalHandsOnForTheChild(text);
        if (helping.isPresent()) {
            return pass(quoted(helping.get().quote(text)));
        }
        Optional<String> continued = continuedByPronoun(text);
        if (continued.isPresent()) {
            return pass(quoted(continued.get()));
        }
        Optional<Integer> adult = adultWithThem(text);
        if (adult.isPresent()) {
            return pass(quoted(Spans.around(text, adult.get(), adult.get() + 1, 2, 5)));
        }
        Optional<Integer> passive = PassiveDoing.firstSeen(text);
        if (passive.isPresent() && !onlyProfessionalsAct(text)) {
            // "Zara will be taken to nursery every weekday": what someone will be seen doing, said without naming who. When
            // only professionals are said to act ("the health visitor will weigh Ruby ... Ruby will be fed"), nothing says
            // the family will be doing it.
            return pass(quoted(Spans.around(text, passive.get(), passive.get() + 3, 2, 3)));
        }
        Optional<GoalClauses.Clause> had = seenToHaveOften(text);
        if (had.isPresent()) {
            return pass(quoted(had.get().quote(text)));
        }
        Optional<Lexicon.Match> routine = routineKept(text);
        if (routine.isPresent()) {
            return pass(quoted(Spans.around(text, routine.get(), 0, 6)));
        }
        Optional<Lexicon.Match> weak = WordLists.SERVICE_TASKS.first(text).or(() -> WordLists.VAGUE_AIMS.first(text));
        return fail(weak.map(m -> quoted(Spans.around(text, m, 2, 3))).orElse(""),
                "Describe what the family will be doing day to day that others could see, for example "
                        + "\"Gran will collect Jack from school and stay until Kelly gets home\", not attending services or a vague aim. "
                        + "Going to a course or only stopping something (\"will not drink\") is not something others "
                        + "see the family do.");
    }

    /* "every day", "each morning", "daily": how often, which makes what someone has something others see again and again. */
    private static final java.util.Set<String> OFTEN = WordLists.stems("every", "each", "daily", "nightly", "weekly");
    /* How many words after the verb "every day" is looked for: "will have a packed lunch and clean clothes every day". */
    private static final int OFTEN_REACH = 10;

    /*
     * "Leo will have a packed lunch and clean clothes every day": what someone will be seen to have, again and again, is seen
     * (knowledge/check-conventions.md, "What people will be seen doing"); "Tyrone will have a safe place to live", said once,
     * is a state. Not what a professional has. Bounded: a few words after each clause's verb.
     */
    private static Optional<GoalClauses.Clause> seenToHaveOften(AnalysedText text) {
        for (GoalClauses.Clause clause : GoalClauses.of(text)) {
            int verb = clause.verbToken();
            if (clause.professional() || clause.negated() || verb == 0 || !HAVE.contains(text.tokens().get(verb - 1).stem())) {
                continue;
            }
            int sentence = text.tokens().get(verb).sentence();
            for (int k = verb; k < Math.min(text.tokens().size(), verb + OFTEN_REACH) && text.tokens().get(k).sentence() == sentence; k++) {
                if (OFTEN.contains(text.tokens().get(k).stem())) {
                    return Optional.of(clause);
                }
            }
        }
        return Optional.empty();
    }

    /*
     * "there will be a set bedtime of 8pm for Poppy and Jack, with a bath and a story every night": a routine said to be
     * in place, with when it happens in the same sentence, is what anyone at home could see kept (the readers pass it);
     * "improved routines" with no when stays a vague aim. Only a few words after "there will be" are read: bounded.
     */
    private static final Lexicon THERE_WILL_BE = Lexicon.of("there will be", "there is going to be");
    private static final Lexicon ROUTINES = Lexicon.of("bedtime", "bed time", "routine", "routines", "mealtime", "mealtimes",
            "bathtime", "bath time", "curfew", "wake-up time", "tea time", "teatime");
    private static final int ROUTINE_REACH = 5;

    private static Optional<Lexicon.Match> routineKept(AnalysedText text) {
        for (Lexicon.Match there : THERE_WILL_BE.all(text)) {
            int sentence = text.tokens().get(there.firstToken()).sentence();
            AnalysedText.Sentence range = text.sentences().get(sentence);
            int to = Math.min(range.endToken(), there.endToken() + ROUTINE_REACH);
            if (ROUTINES.first(text, there.endToken(), to).isPresent() && saysWhenInTheDay(text, range)) {
                return Optional.of(there);
            }
        }
        return Optional.empty();
    }

    private static final java.util.Set<String> HOW_OFTEN = WordLists.stems("every", "each", "daily", "nightly");

    /*
     * The routine's when is how often or a time of day ("every night", "8pm", "7.30"), not the goal's deadline alone ("by
     * the end of June there will be improved routines" is an aim with a date).
     */
    private static boolean saysWhenInTheDay(AnalysedText text, AnalysedText.Sentence range) {
        for (int i = range.firstToken(); i < range.endToken(); i++) {
            String word = text.text().substring(text.tokens().get(i).start(), text.tokens().get(i).end()).toLowerCase(java.util.Locale.ROOT);
            boolean clock = TimeWords.isClockTime(word) || (word.length() > 2 && Character.isDigit(word.charAt(0))
                    && (word.endsWith("pm") || word.endsWith("am")));
            if (clock || HOW_OFTEN.contains(text.tokens().get(i).stem())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> PRONOUNS = WordLists.stems("he", "she", "they");
    private static final java.util.Set<String> WILL = WordLists.stems("will");

    /*
     * "Dad will finish the sessions ..., and when he feels stressed he will put Alfie down in his cot": after a family member
     * or named person has been said to act, "he will ..." goes on about them. What they will be seen doing then counts.
     */
    private static Optional<String> continuedByPronoun(AnalysedText text) {
        java.util.List<GoalClauses.Clause> clauses = GoalClauses.of(text);
        int firstFamily = clauses.stream().filter(c -> !c.professional()).mapToInt(GoalClauses.Clause::actorToken).min().orElse(-1);
        if (firstFamily < 0) {
            return Optional.empty();
        }
        java.util.List<AnalysedText.Token> tokens = text.tokens();
        for (int i = firstFamily + 1; i + 2 < tokens.size(); i++) {
            if (!PRONOUNS.contains(tokens.get(i).stem()) || !WILL.contains(tokens.get(i + 1).stem())
                    || tokens.get(i + 2).sentence() != tokens.get(i).sentence()) {
                continue;
            }
            Optional<Lexicon.Match> action = WordLists.OBSERVABLE_ACTIONS.at(text, i + 2);
            int to = Math.min(tokens.size(), i + 6);
            if (action.isPresent() && WordLists.SERVICE_TASKS.first(text, i + 2, to).isEmpty()
                    && WordLists.VAGUE_AIMS.first(text, i + 2, to).isEmpty()) {
                return Optional.of(Spans.around(text, i, action.get().endToken(), 0, 4));
            }
        }
        return Optional.empty();
    }

    private static final java.util.Set<String> HAVE = WordLists.stems("have");
    private static final java.util.Set<String> WILL_OR_TO = WordLists.stems("will", "to");
    private static final java.util.Set<String> A = WordLists.stems("a", "an");
    private static final java.util.Set<String> ADULTS = WordLists.stems("adult", "grown-up", "grownup");

    /*
     * "The boys will always have an adult at home with them overnight", "will have a sober adult looking after them": an adult
     * being there is what others can see (blind9's reader), though no one is named. "will" or "to" (one word may come
     * between), "have", "a", at most one word, then "adult"; none negated.
     */
    private static Optional<Integer> adultWithThem(AnalysedText text) {
        List<AnalysedText.Token> tokens = text.tokens();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!HAVE.contains(tokens.get(i).stem()) || !A.contains(tokens.get(i + 1).stem()) || i == 0
                    || !(WILL_OR_TO.contains(tokens.get(i - 1).stem()) || i > 1 && WILL_OR_TO.contains(tokens.get(i - 2).stem()))
                    || WordLists.NEGATIONS.first(text, Math.max(0, i - 3), i).isPresent()) {
                continue;
            }
            for (int k = i + 2; k <= i + 3 && k < tokens.size() && tokens.get(k).sentence() == tokens.get(i).sentence(); k++) {
                if (ADULTS.contains(tokens.get(k).stem())) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean onlyProfessionalsAct(AnalysedText text) {
        List<GoalClauses.Clause> clauses = GoalClauses.of(text);
        // A named child's state ("Ruby will be gaining weight") is no one acting either.
        return clauses.stream().anyMatch(GoalClauses.Clause::professional)
                && clauses.stream().allMatch(c -> c.professional() || GoalClauses.isNamedPersonsState(c));
    }

    /* The service's own oversight: what it does to see how the child is, not something done with the child day to day. */
    private static final java.util.Set<String> OVERSIGHT = WordLists.stems("visit", "visits", "weigh", "weighs", "monitor",
            "monitors", "check", "checks", "see", "sees", "review", "reviews", "assess", "assesses", "observe", "observes");
    private static final java.util.Set<String> THE_CHILD_AS_OBJECT = WordLists.stems("him", "her", "them");

    /*
     * "The school will give Noah a quiet space", "His personal adviser will help him apply for housing", "school will give him
     * a breakfast club place": a professional doing something hands-on with the child, straight to them (the child named, a
     * child word or "him"/"her" right after the verb), is what others will see done (the readers of tune3, blind4 and blind14
     * pass these). Visits, weighing and monitoring are the service watching, not doing (as "the social worker will visit
     * weekly" stays, which the readers split on).
     */
    private static Optional<GoalClauses.Clause> professionalHandsOnForTheChild(AnalysedText text) {
        for (GoalClauses.Clause clause : GoalClauses.of(text)) {
            int next = clause.verbToken() + 1;
            if (clause.professional() && !clause.negated() && clause.action() == GoalClauses.Action.OBSERVABLE
                    && !isServiceOrVague(text, clause) && !OVERSIGHT.contains(text.tokens().get(clause.verbToken()).stem())
                    && next < text.tokens().size() && text.tokens().get(next).sentence() == text.tokens().get(clause.verbToken()).sentence()
                    && (THE_CHILD_AS_OBJECT.contains(text.tokens().get(next).stem()) || WordLists.CHILD.at(text, next).isPresent()
                        || Spans.isName(text, next) && WordLists.FAMILY.at(text, next).isEmpty())) {
                return Optional.of(clause);
            }
        }
        return Optional.empty();
    }

    /* "keep appointments", "make sure she attends": an observable verb wrapped around a service task. */
    private static boolean isServiceOrVague(AnalysedText text, GoalClauses.Clause clause) {
        int to = Math.min(text.tokens().size(), clause.verbEnd() + 3);
        return WordLists.SERVICE_TASKS.first(text, clause.verbToken(), to).isPresent();
    }
}
