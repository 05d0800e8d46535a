package org.practiceassistant.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Lexicon;

/**
 * The "who does what" clauses of a goal: a person (family member or named) followed within a few
 * words by a verb phrase, as in "Mum and Gran will take turns", "when Mark stays sober", or "Kelly to
 * ring Gran". Professionals' clauses are marked: they are not what the family does.
 */
final class GoalClauses {

    /** What kind of thing the person will do. */
    enum Action { OBSERVABLE, SERVICE, VAGUE, OTHER }

    /** One actor and the verb phrase after them. */
    record Clause(int actorToken, int verbToken, int verbEnd, boolean professional, boolean familyRole,
                  boolean negated, Action action) {

        String quote(AnalysedText text) {
            return Spans.around(text, actorToken, verbEnd, 0, 4);
        }
    }

    private static final int MAX_GAP = 4;

    /* Words allowed between a person and their verb: "Gran will always", "Mum has agreed to". */
    private static final Set<String> GAP_WORDS = Vocabulary.stems("will", "would", "to", "is", "are", "has",
            "have", "agreed", "agree", "going", "also", "always", "then", "must", "should", "can", "never", "not", "no",
            "longer", "continue", "continues", "need", "needs", "be", "now", "each", "both", "all", "every", "still",
            "shall", "won't", "'ll", "ll", "only", "immediately", "regularly", "consistently", "could", "may");

    /* After these, an unknown word is a verb: "Dean will smoke", "Kelly to ring". */
    private static final Set<String> VERB_INTRODUCERS = Vocabulary.stems("will", "to", "must", "shall", "won't", "should",
            "would", "can", "never", "not");

    private GoalClauses() {}

    /** The clauses of {@code text}, computed once per text. */
    static List<Clause> of(AnalysedText text) {
        return text.read(CLAUSES);
    }

    private static final AnalysedText.Reading<List<Clause>> CLAUSES = new AnalysedText.Reading<>(GoalClauses::find);

    private static List<Clause> find(AnalysedText text) {
        List<Clause> clauses = new ArrayList<>();
        List<AnalysedText.Token> tokens = text.tokens();
        for (int t = 0; t < tokens.size(); t++) {
            final int i = t;
            Optional<Lexicon.Match> role = Vocabulary.FAMILY.at(text, i);
            boolean family = role.isPresent() || Spans.isName(text, i);
            Optional<Lexicon.Match> professionalRole = family ? Optional.empty() : Vocabulary.PROFESSIONALS.at(text, i);
            if (!family && professionalRole.isEmpty()) {
                continue;
            }
            int actorEnd = role.or(() -> professionalRole).map(Lexicon.Match::endToken).orElse(i + 1);
            if (isPossessive(text, actorEnd - 1)) {
                continue;
            }
            int sentence = tokens.get(i).sentence();
            boolean introduced = false;
            for (int k = actorEnd; k < Math.min(tokens.size(), actorEnd + MAX_GAP) && tokens.get(k).sentence() == sentence; k++) {
                final int j = k;
                Optional<Lexicon.Match> observable = Vocabulary.OBSERVABLE_ACTIONS.at(text, j);
                Optional<Lexicon.Match> service = Vocabulary.SERVICE_TASKS.at(text, j);
                Optional<Lexicon.Match> vague = Vocabulary.VAGUE_AIMS.at(text, j);
                Action action = vague.isPresent() && (observable.isEmpty() || vague.get().endToken() > observable.get().endToken())
                        ? Action.VAGUE : service.isPresent() ? Action.SERVICE : observable.isPresent() ? Action.OBSERVABLE : null;
                boolean gap = GAP_WORDS.contains(tokens.get(j).stem());
                if (action == null && gap) {
                    introduced |= VERB_INTRODUCERS.contains(tokens.get(j).stem());
                    continue;
                }
                if (action == null && !introduced) {
                    break;
                }
                int end = action == null ? j + 1
                        : (action == Action.VAGUE ? vague : action == Action.SERVICE ? service : observable).get().endToken();
                boolean negated = Vocabulary.NEGATIONS.first(text, actorEnd, j + 1).isPresent();
                clauses.add(new Clause(i, j, end, professionalRole.isPresent(), role.isPresent(), negated,
                        action == null ? Action.OTHER : action));
                break;
            }
        }
        return List.copyOf(clauses);
    }

    /* "Jack's attendance": a possessive is not someone acting. */
    private static boolean isPossessive(AnalysedText text, int token) {
        AnalysedText.Token t = text.tokens().get(token);
        return text.text().substring(t.start(), t.end()).endsWith("'s");
    }
}
