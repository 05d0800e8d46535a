package org.practiceassistant.check;

import java.util.Optional;

/** A danger statement says what the worry will mean for the child: hurt, scared, hungry, missing school. */
final class ImpactOnChildCriterion extends Criterion<AnalysedText> {

    ImpactOnChildCriterion() {
        super("impact-on-child", Sources.PLAN_DANGER_STATEMENTS);
    }

    @Override
    CriterionResult check(AnalysedText text) {
        for (Lexicon.Match impact : Vocabulary.IMPACT.all(text)) {
            if (mentionsChild(text, impact) && !isTheWorryWord(text, impact)) {
                return pass(quoted(Spans.around(text, impact, 3, 3)));
            }
        }
        Optional<Lexicon.Match> vague = Vocabulary.VAGUE_IMPACT.first(text);
        return fail(vague.map(m -> quoted(Spans.around(text, m, 2, 2))).orElse(""),
                "Say what this will mean for the child, by name, in plain words: for example \"Jack could be badly hurt, "
                        + "or grow up scared in his own home\".");
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
