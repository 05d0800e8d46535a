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

    ImpactOnChildCriterion() {
        super(CriterionId.IMPACT_ON_CHILD, Sources.PLAN_DANGER_STATEMENTS);
    }

    @Override
    CriterionResult check(AnalysedText text) {
        for (Lexicon.Match feeling : Vocabulary.FEELINGS.all(text)) {
            if (mentionsChild(text, feeling) && !isTheWorryWord(text, feeling)) {
                return pass(quoted(Spans.around(text, feeling, 3, 3)));
            }
        }
        for (Lexicon.Match harm : Vocabulary.HARM.all(text)) {
            if (mentionsChild(text, harm) && saidOfTheFuture(text, harm) && !isTheWorryWord(text, harm)) {
                return pass(quoted(Spans.around(text, harm, 3, 3)));
            }
        }
        Optional<Lexicon.Match> vague = Vocabulary.VAGUE_IMPACT.first(text);
        return fail(vague.map(m -> quoted(Spans.around(text, m, 2, 2))).orElse(""),
                "Say what this will mean for the child, by name, in plain words: for example \"Jack could be badly hurt, "
                        + "or grow up scared in his own home\".");
    }

    /* Past harm ("came in with bruises") is evidence of harm; impact is what it will mean for the child. */
    private static boolean saidOfTheFuture(AnalysedText text, Lexicon.Match harm) {
        AnalysedText.Sentence s = text.sentences().get(text.tokens().get(harm.firstToken()).sentence());
        return Vocabulary.FUTURE.first(text, s.firstToken(), harm.firstToken() + 1).isPresent();
    }

    /* "We are worried" names the worrier, not the child's experience. */
    private static boolean isTheWorryWord(AnalysedText text, Lexicon.Match impact) {
        return WhoIsWorriedCriterion.worrier(text).map(w -> w.worryToken() == impact.firstToken()).orElse(false);
    }

    private static boolean mentionsChild(AnalysedText text, Lexicon.Match impact) {
        AnalysedText.Sentence s = text.sentences().get(text.tokens().get(impact.firstToken()).sentence());
        return Vocabulary.CHILD.first(text, s.firstToken(), s.endToken()).isPresent()
                || Spans.firstPerson(text, s.firstToken(), s.endToken()).isPresent()
                || Spans.anyStemIn(text, s.firstToken(), s.endToken(), Vocabulary.stems("he", "she", "they", "him", "her", "them"));
    }
}
