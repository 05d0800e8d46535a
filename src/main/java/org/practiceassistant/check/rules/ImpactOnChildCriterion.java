package org.practiceassistant.check.rules;

import java.util.Optional;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Lexicon;

/**
 * A danger statement says what the worry will mean for the child: what they could come to (said of the
 * future: "could be badly hurt") or what they feel and do now ("hides under his bed").
 */
final class ImpactOnChildCriterion extends Criterion<AnalysedText> {

    private final Wording wording;

    ImpactOnChildCriterion(Wording wording) {
        super(CriterionId.IMPACT_ON_CHILD, Sources.PLAN_DANGER_STATEMENTS);
        this.wording = wording;
    }

    @Override
    CriterionResult check(AnalysedText text) {
        for (Lexicon.Match feeling : WordLists.FEELINGS.all(text)) {
            if (mentionsChild(text, feeling) && !isTheWorryWord(text, feeling)) {
                return pass(quoted(Spans.around(text, feeling, 3, 3)));
            }
        }
        for (Lexicon.Match harm : WordLists.HARM.all(text)) {
            if (mentionsChild(text, harm) && (saidOfTheFuture(text, harm) || befellTheChild(text, harm)) && !isTheWorryWord(text, harm)
                    && WordLists.picturableHarm(text, harm.firstToken(), harm.endToken())) {
                return pass(quoted(Spans.around(text, harm, 3, 3)));
            }
        }
        Optional<String> ifNothingChanges = childInTheFuture(text);
        if (ifNothingChanges.isPresent()) {
            return pass(quoted(ifNothingChanges.get()));
        }
        Optional<Lexicon.Match> vague = WordLists.VAGUE_IMPACT.first(text);
        return fail(vague.map(m -> quoted(Spans.around(text, m, 2, 2))).orElse(""),
                "Say what this will mean for the child, by name, in plain words: for example \"" + wording.impactExample() + "\".");
    }

    private static final Lexicon IF_NOTHING_CHANGES = Lexicon.of("if nothing changes", "if things do not change",
            "if things don't change", "if this continues", "if this carries on", "if things carry on", "if * continues",
            "if * carries on");
    private static final java.util.Set<String> MODALS = WordLists.stems("will", "could", "may", "might");
    /* How far after the child the future is read: a bound keeps a sentence that never ends linear. */
    private static final int FUTURE_WORDS = 15;
    private static final Lexicon EXPOSED = Lexicon.of("exposed", "exposure", "at risk", "affected", "impacted", "harm");

    /*
     * "If this continues, Noah will stop wanting to go to school": the child, by name or as "the child", is who the
     * sentence after "if nothing changes" is about; what follows is what it will mean for them.
     */
    private static Optional<String> childInTheFuture(AnalysedText text) {
        for (Lexicon.Match condition : IF_NOTHING_CHANGES.all(text)) {
            int end = text.sentences().get(text.tokens().get(condition.firstToken()).sentence()).endToken();
            int subject = condition.endToken();
            // "Lily-Mae will", "Harvey, Alfie and Ruby will": the modal comes after every name of the subject.
            boolean person = subject < end && (WordLists.CHILD.at(text, subject).isPresent() || Spans.isName(text, subject));
            int modal = person ? Spans.afterPeople(text, subject) : subject + 1;
            if (person && modal < end && MODALS.contains(text.tokens().get(modal).stem())
                    && !(leftByAnAdult(text, modal + 1, end) && !WordLists.picturableHarm(text, modal, Math.min(end, modal + FUTURE_WORDS)))
                    // "If nothing changes Jayden may continue to be exposed to domestic abuse": only a label after it.
                    && !(EXPOSED.first(text, subject, Math.min(end, subject + FUTURE_WORDS)).isPresent()
                            && !WordLists.picturableHarm(text, subject, Math.min(end, subject + FUTURE_WORDS)))) {
                return Optional.of(Spans.around(text, condition.firstToken(), Math.min(end, subject + 6), 0, 0));
            }
        }
        return Optional.empty();
    }

    /*
     * "If this carries on Tyler and Skye could be left on their own for days", "Teddy could be left with no safe grown-up":
     * being left is what the adults will do, not what it will mean for the child (the readers of blind10 and blind14 fail
     * these on impact); with a harm said of it ("could be left with a brain injury") it is the child's, and passes.
     */
    private static boolean leftByAnAdult(AnalysedText text, int from, int end) {
        return from + 1 < end && text.tokens().get(from).stem().equals("be")
                && text.text().substring(text.tokens().get(from + 1).start(), text.tokens().get(from + 1).end()).equalsIgnoreCase("left");
    }

    /* How many words before a harm word its child is looked for: "Amelia (2) has lost weight", "children cold". */
    private static final int CHILD_BEFORE_HARM = 5;

    /*
     * "Amelia (2) has lost weight", "Freya had nappy rash so bad it had bled", "Josh has been teased at school": harm the child
     * has already come to, said with the child as its subject, is what the worry has meant for them so far (the readers of
     * blind4, blind8, blind10, blind11, blind13 and blind15 pass these on impact). The child is the goal's child (a name with
     * an age in brackets or their own family named) or a child word, a few words before the harm in the same sentence, and
     * its subject: "has", "was", "came" come between ("Ella's weight" is a worry's label; "Oscar has come in with bruises",
     * with no sign Oscar is the child, stays evidence).
     */
    private static boolean befellTheChild(AnalysedText text, Lexicon.Match harm) {
        int sentence = text.tokens().get(harm.firstToken()).sentence();
        for (int k = harm.firstToken() - 1; k >= 0 && k >= harm.firstToken() - CHILD_BEFORE_HARM && text.tokens().get(k).sentence() == sentence; k--) {
            boolean child = WordLists.CHILD.at(text, k).filter(m -> m.endToken() <= harm.firstToken()).isPresent()
                    || ChildrenOfTheGoal.childOfTheGoal(text, k) && WordLists.FAMILY.at(text, k).isEmpty();
            // "The children are exposed to an unsafe environment": a label of the worry, not what befell them.
            if (child && subjectOf(text, k, harm.firstToken()) && EXPOSED.first(text, k, harm.firstToken()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /* Verbs that make the child the subject of what befell them: "Amelia (2) has lost", "the children were cold", "came in". */
    private static final java.util.Set<String> BEFELL = WordLists.stems("has", "had", "have", "was", "were", "is", "are", "came",
            "come", "been", "got", "went");

    /* The child, then (past an age in brackets) one of those verbs before the harm: the child is the subject, not an owner. */
    private static boolean subjectOf(AnalysedText text, int child, int harm) {
        for (int k = child + 1; k < harm; k++) {
            if (BEFELL.contains(text.tokens().get(k).stem())) {
                return true;
            }
        }
        return false;
    }

    /* Past harm ("came in with bruises") is evidence of harm; impact is what it will mean for the child. */
    private static boolean saidOfTheFuture(AnalysedText text, Lexicon.Match harm) {
        int sentence = text.tokens().get(harm.firstToken()).sentence();
        return text.read(FIRST_FUTURE)[sentence] <= harm.firstToken();
    }

    /*
     * Per sentence, read once: where its first future word is, and whether it mentions a child. Asking
     * per match instead would scan the sentence again for every harm word: quadratic in a long line.
     */
    private static final AnalysedText.Reading<int[]> FIRST_FUTURE = new AnalysedText.Reading<>(text -> {
        int[] first = new int[text.sentences().size()];
        for (int s = 0; s < first.length; s++) {
            AnalysedText.Sentence sentence = text.sentences().get(s);
            first[s] = WordLists.FUTURE.first(text, sentence.firstToken(), sentence.endToken())
                    .map(Lexicon.Match::firstToken).orElse(Integer.MAX_VALUE);
        }
        return first;
    });

    private static final java.util.Set<String> PRONOUNS = WordLists.stems("he", "she", "they", "him", "her", "them");

    private static final AnalysedText.Reading<boolean[]> MENTIONS_CHILD = new AnalysedText.Reading<>(text -> {
        // A name seen as one elsewhere ("Keisha (9 months)") is a name at the start of a sentence too ("Keisha cries a lot").
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < text.tokens().size(); i++) {
            if (Spans.isName(text, i)) {
                names.add(text.tokens().get(i).stem());
            }
        }
        boolean[] mentions = new boolean[text.sentences().size()];
        for (int s = 0; s < mentions.length; s++) {
            AnalysedText.Sentence sentence = text.sentences().get(s);
            mentions[s] = WordLists.CHILD.first(text, sentence.firstToken(), sentence.endToken()).isPresent()
                    || Spans.firstPerson(text, sentence.firstToken(), sentence.endToken()).isPresent()
                    || Spans.anyStemIn(text, sentence.firstToken(), sentence.endToken(), PRONOUNS)
                    || (sentence.endToken() > sentence.firstToken() && names.contains(text.tokens().get(sentence.firstToken()).stem()));
        }
        return mentions;
    });

    /* "We are worried" names the worrier, not the child's experience. */
    private static boolean isTheWorryWord(AnalysedText text, Lexicon.Match impact) {
        return WhoIsWorriedCriterion.worrier(text).map(w -> w.worryToken() == impact.firstToken()).orElse(false);
    }

    private static boolean mentionsChild(AnalysedText text, Lexicon.Match impact) {
        return text.read(MENTIONS_CHILD)[text.tokens().get(impact.firstToken()).sentence()];
    }
}
