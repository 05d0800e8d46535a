package org.practiceassistant.check.rules;

import java.util.Optional;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Lexicon;

/** A danger statement says what we fear will happen if nothing changes, not only what has happened. */
final class FutureIfNothingChangesCriterion extends Criterion<AnalysedText> {

    /* Words after a future marker ("could", "if nothing changes") that are read for what the future holds. */
    private static final int REACH = 12;

    /* Futures that name no harm a family could picture. */
    private static final Lexicon VAGUE_FUTURE = Lexicon.of("happen", "escalate", "escalating", "needs", "get worse", "deteriorate",
            "worsen", "impact", "impacted", "affected", "harm", "significant harm", "at risk", "risk", "outcomes", "suffer",
            // "may continue to be exposed to domestic abuse": being exposed to a label is no harm a family could picture.
            "exposed", "exposure");

    private static final java.util.Set<String> THE_WORRY = WordLists.stems("this", "it", "that");
    /* Words a future may end with and still say nothing of the child: "this will carry on." */
    private static final int ENDING_WORDS = 1;

    /*
     * "We are worried that this will carry on.": the worry itself going on, with nothing after it of what that means for
     * the child. Said of the child ("Chidi will carry on doing the jobs of a grown-up") it is a future.
     */
    private static boolean onlyTheWorryGoesOn(AnalysedText text, Lexicon.Match future, AnalysedText.Sentence sentence) {
        return future.firstToken() > sentence.firstToken() && THE_WORRY.contains(text.tokens().get(future.firstToken() - 1).stem())
                && sentence.endToken() - future.endToken() <= ENDING_WORDS;
    }

    /* Words read back from a future marker for what it is said of: "Mia's outcomes will not improve". */
    private static final int SUBJECT_WORDS = 2;
    /* What a service's file says will get worse or not better, where a family would name a harm. */
    private static final java.util.Set<String> VAGUE_SUBJECTS = WordLists.stems("outcomes", "needs", "risk", "risks", "situation");

    /*
     * "Mia's outcomes will not improve", "the risk will increase": a future said of outcomes, needs or risk, with no harm a
     * family could picture after it, names no harm (knowledge/check-conventions.md: "outcomes will not improve" alone does not
     * meet it).
     */
    private static boolean vagueSubject(AnalysedText text, Lexicon.Match future, AnalysedText.Sentence sentence) {
        int from = Math.max(sentence.firstToken(), future.firstToken() - SUBJECT_WORDS);
        return future.firstToken() > from && Spans.anyStemIn(text, from, future.firstToken(), VAGUE_SUBJECTS);
    }

    /* What a good life looks like: "if nothing changes, Ruby will be calm, fed and at school" is a goal, not what we fear. */
    /* The one list of good things to come: the drafting coach asks about a fear with only these in it (FearReading). */
    private static final Lexicon GOOD_FUTURE = Lexicon.of("calm", "fed", "at school", "happy", "settled", "safe", "well",
            "healthy", "thrive", "thriving", "doing well", "cared for", "looked after", "clean", "on time",
            "loved", "content", "confident", "relaxed", "secure", "rested", "smiling", "nurtured", "protected", "stable",
            "enjoying", "enjoy", "attending", "supported");

    /* A future with good things in it and no harm, no negation ("won't be fed") and no "un-" word ("unsafe") to turn it. */
    static boolean onlyGoodToCome(AnalysedText text, int from, int to) {
        return GOOD_FUTURE.first(text, from, to).isPresent() && !WordLists.picturableHarm(text, from, to, HARM_ONLY_WHEN_LOST)
                && WordLists.NEGATIONS.first(text, from, to).isEmpty() && VAGUE_FUTURE.first(text, from, to).isEmpty()
                && NOT_GOOD.first(text, from, to).isEmpty();
    }

    /*
     * Harm words that name something good, harm only when it is lost or missing ("lose her friends", "not learn"): beside good
     * things and no word that turns them ("will be happy, clean and making friends") they are good to come too.
     */
    private static final java.util.Set<String> HARM_ONLY_WHEN_LOST = java.util.Set.of("friends", "learn", "development", "weight",
            "teeth", "care for", "grow up");

    /* Words that turn a good future into a loss; FearReading reads a fear's harm with them too. */
    static final Lexicon NOT_GOOD = Lexicon.of("not", "no", "never", "less", "without", "unsafe", "unhappy", "unwell",
            "lose", "miss", "stop", "fall", "struggle", "hurt", "worse", "behind");

    private static final java.util.Set<String> NOW = WordLists.stems("now");
    /* "now won't", "now cries and won't": how far back "now" may stand in the same clause. */
    private static final int NOW_REACH = 3;
    private static final java.util.Set<String> CONDITION_WORDS = WordLists.stems("if", "unless", "when");

    /* Whether a "now" stands just before the future's word in its clause, with no condition between them. */
    private static boolean saidOfNow(AnalysedText text, int futureToken, AnalysedText.Sentence sentence) {
        for (int k = futureToken - 1; k >= Math.max(sentence.firstToken(), futureToken - NOW_REACH); k--) {
            if (CONDITION_WORDS.contains(text.tokens().get(k).stem()) || Spans.punctuationBetween(text, k, k + 1)) {
                return false;
            }
            if (NOW.contains(text.tokens().get(k).stem())) {
                return true;
            }
        }
        return false;
    }

    /*
     * A future said as a noun, in services' shorthand: "Risk of placement breakdown." names what could happen without a verb
     * of time. It counts when what follows is harm a family could picture, or the child's home breaking down; "risk of
     * significant harm" stays no picture.
     */
    private static final Lexicon RISK_OF = Lexicon.of("risk of");
    private static final Lexicon HOME_BREAKING_DOWN = Lexicon.of("placement breakdown", "placement breaking down",
            "placement to break down", "placement ending", "placement to end");

    private Optional<CriterionResult> riskOfPicturedHarm(AnalysedText text) {
        for (Lexicon.Match risk : RISK_OF.all(text)) {
            AnalysedText.Sentence sentence = text.sentences().get(text.tokens().get(risk.firstToken()).sentence());
            int to = Math.min(sentence.endToken(), risk.endToken() + REACH);
            if (WordLists.picturableHarm(text, risk.endToken(), to) || HOME_BREAKING_DOWN.first(text, risk.endToken(), to).isPresent()) {
                return Optional.of(pass(quoted(Spans.around(text, risk, 0, 4))));
            }
        }
        return Optional.empty();
    }

    FutureIfNothingChangesCriterion() {
        super(CriterionId.FUTURE_IF_NOTHING_CHANGES, Sources.TEMPLATE_DANGER_FUTURE);
    }

    @Override
    CriterionResult check(AnalysedText text) {
        Optional<Lexicon.Match> vague = Optional.empty();
        for (Lexicon.Match future : WordLists.FUTURE.all(text)) {
            AnalysedText.Sentence sentence = text.sentences().get(text.tokens().get(future.firstToken()).sentence());
            if (saidOfNow(text, future.firstToken(), sentence)) {
                // "Josh ... now won't do PE", "he now cries and won't get into a car": a refusal the child keeps to now, said
                // with "will", is the present, not a future.
                continue;
            }
            int to = Math.min(sentence.endToken(), future.endToken() + REACH);
            // "Risk of criminalisation if this continues.": a condition at the sentence's end looks back to what it leads to.
            int from = future.endToken() == sentence.endToken()
                    ? Math.max(sentence.firstToken(), future.firstToken() - REACH) : future.firstToken();
            // "they may suffer harm", "his needs will escalate", "what could happen": a future with nothing in it a family could picture.
            if (!WordLists.picturableHarm(text, from, to) && VAGUE_FUTURE.first(text, from, to).isPresent()
                    || onlyTheWorryGoesOn(text, future, sentence) || onlyGoodToCome(text, from, to)
                    || vagueSubject(text, future, sentence) && !WordLists.picturableHarm(text, future.firstToken(), to)) {
                vague = vague.or(() -> Optional.of(future));
                continue;
            }
            return pass(quoted(Spans.around(text, future, 0, 4)));
        }
        Optional<CriterionResult> riskOf = riskOfPicturedHarm(text);
        if (riskOf.isPresent()) {
            return riskOf.get();
        }
        if (vague.isPresent()) {
            return fail(quoted(Spans.around(text, vague.get(), 0, 4)), "Say what could happen to the child, in words the family would use, "
                    + "for example \"and if nothing changes, Jack could be badly hurt\", not only that there is harm or that needs will escalate. "
                    + "\"At risk\" or \"outcomes will not improve\" on their own do not say what could happen.");
        }
        return fail("", "Say what you fear will happen to the child if nothing changes, for example "
                + "\"and if nothing changes, Jack could be badly hurt\".");
    }
}
