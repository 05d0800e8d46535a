package org.practiceassistant.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The "who does what" clauses of a goal: a person (family member or named) followed within a few
 * words by a verb phrase, as in "Mum and Gran will take turns", "when Mark stays sober", or "we need to
 * see Kelly making sure". Professionals' clauses are kept apart: they are not what the family does.
 */
final class GoalClauses {

    /** One actor and the verb phrase after them. */
    record Clause(int actorToken, int verbToken, int verbEnd, boolean professional, boolean negated) {

        String quote(AnalysedText text) {
            return Spans.around(text, actorToken, verbEnd, 0, 4);
        }
    }

    private static final int MAX_GAP = 4;

    /* Words allowed between a person and their verb: "Gran will always", "Mum has agreed to". */
    private static final java.util.Set<String> GAP_WORDS = Vocabulary.stems("will", "would", "to", "is", "are", "has",
            "have", "agreed", "agree", "going", "also", "always", "then", "must", "should", "can", "never", "not", "no",
            "longer", "continue", "continues", "need", "needs", "be", "now", "each", "both", "all", "every", "still",
            "shall", "won't", "'ll", "ll", "only", "immediately", "regularly", "consistently");
    private GoalClauses() {}

    static List<Clause> of(AnalysedText text) {
        List<Clause> clauses = new ArrayList<>();
        List<AnalysedText.Token> tokens = text.tokens();
        for (int t = 0; t < tokens.size(); t++) {
            final int i = t;
            boolean family = Vocabulary.FAMILY.at(text, i).isPresent() || Spans.isName(text, i);
            boolean professional = !family && Vocabulary.PROFESSIONALS.at(text, i).isPresent();
            if (!family && !professional) {
                continue;
            }
            int actorEnd = Vocabulary.FAMILY.at(text, i).or(() -> Vocabulary.PROFESSIONALS.at(text, i))
                    .map(Lexicon.Match::endToken).orElse(i + 1);
            if (isPossessive(text, actorEnd - 1)) {
                continue;
            }
            int sentence = tokens.get(i).sentence();
            for (int k = actorEnd; k < Math.min(tokens.size(), actorEnd + MAX_GAP) && tokens.get(k).sentence() == sentence; k++) {
                final int j = k;
                var action = Vocabulary.OBSERVABLE_ACTIONS.at(text, j)
                        .or(() -> Vocabulary.SERVICE_TASKS.at(text, j))
                        .or(() -> Vocabulary.VAGUE_AIMS.at(text, j));
                if (action.isEmpty() && !GAP_WORDS.contains(tokens.get(j).stem())) {
                    break;
                }
                if (action.isPresent()) {
                    boolean negated = Vocabulary.NEGATIONS.first(text, actorEnd, j + 1).isPresent()
                            || Vocabulary.NEGATIONS.at(text, j).isPresent();
                    clauses.add(new Clause(i, j, action.get().endToken(), professional, negated));
                    break;
                }
            }
        }
        return clauses;
    }

    /* "Jack's attendance": a possessive is not someone acting. */
    private static boolean isPossessive(AnalysedText text, int token) {
        AnalysedText.Token t = text.tokens().get(token);
        return text.text().substring(t.start(), t.end()).endsWith("'s");
    }
}
