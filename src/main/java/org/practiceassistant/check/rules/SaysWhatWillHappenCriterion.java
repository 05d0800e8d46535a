package org.practiceassistant.check.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Lexicon;

/**
 * A goal says what people will be doing, not only what will stop ("Mark will not drink"): the glossary
 * asks for "what the members of the family or network will be doing".
 */
final class SaysWhatWillHappenCriterion extends Criterion<AnalysedText> {

    SaysWhatWillHappenCriterion(Wording wording) {
        super(CriterionId.SAYS_WHAT_WILL_HAPPEN, wording.definition());
    }

    @Override
    CriterionResult check(AnalysedText text) {
        // The readers of issue 16 read this as "says something that will be done", by anyone: "The school will give
        // Noah a quiet space" passes, "Alfie will no longer be scared" and "there will be no more shouting" do not.
        Optional<GoalClauses.Clause> doing = GoalClauses.of(text).stream().filter(c -> !c.negated() && doing(text, c.verbToken())).findFirst();
        if (doing.isPresent()) {
            return pass(quoted(doing.get().quote(text)));
        }
        Optional<Integer> will = willDo(text);
        if (will.isPresent()) {
            return pass(quoted(Spans.around(text, will.get(), will.get() + 2, 2, 2)));
        }
        Optional<Lexicon.Match> negation = WordLists.NEGATIONS.first(text);
        return fail(negation.map(m -> quoted(Spans.around(text, m, 2, 3))).orElse(""), advice());
    }

    /* Being, feeling, knowing: a state someone will be in, not something they will do. */
    private static final java.util.Set<String> STATES = WordLists.stems("be", "is", "are", "feel", "know", "think", "want",
            "hope", "wish", "like", "love", "seem", "become", "remain", "understand", "believe", "have", "get", "look");

    /* "will sit down", "will be paying": a verb of doing, not "will be safe" or "will feel". */
    private static boolean doing(AnalysedText text, int verbToken) {
        AnalysedText.Token token = text.tokens().get(verbToken);
        String verb = token.stem();
        String before = verbToken > 0 ? text.tokens().get(verbToken - 1).stem() : "";
        boolean progressive = text.text().substring(token.start(), token.end()).endsWith("ing");
        return !STATES.contains(verb) && (progressive || !STATES.contains(before));
    }

    private static final Set<String> WILL = WordLists.stems("will", "shall", "'ll");
    private static final Set<String> BETWEEN = WordLists.stems("also", "always", "then", "now", "each", "both", "all", "still", "soon");

    /* "he will sit down with his personal adviser": someone, even unnamed, who will do something. */
    private static Optional<Integer> willDo(AnalysedText text) {
        List<AnalysedText.Token> tokens = text.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!(WILL.contains(tokens.get(i).stem()) || isShorthandTo(text, i)) || WordLists.NEGATIONS.at(text, i).isPresent()) {
                continue;
            }
            int verb = i + 1;
            while (verb < tokens.size() && BETWEEN.contains(tokens.get(verb).stem()) && tokens.get(verb).sentence() == tokens.get(i).sentence()) {
                verb++;
            }
            if (verb < tokens.size() && tokens.get(verb).sentence() == tokens.get(i).sentence() && doing(text, verb)
                    && WordLists.NEGATIONS.at(text, verb).isEmpty()) {
                return Optional.of(i);
            }
        }
        return PassiveDoing.first(text);
    }


    private static final Set<String> TO = WordLists.stems("to");

    /*
     * "Family to engage with Early Help", "TAF to monitor progress": services' shorthand, a one-word subject opening the
     * sentence and "to" for "will". The readers of tune5 and blind4 read it as saying what will be done.
     */
    private static boolean isShorthandTo(AnalysedText text, int token) {
        AnalysedText.Sentence sentence = text.sentences().get(text.tokens().get(token).sentence());
        return token == sentence.firstToken() + 1 && TO.contains(text.tokens().get(token).stem());
    }

    private static String advice() {
        return "Say what people will be doing instead, for example \"Mark will be sober whenever he looks after Jack, "
                + "and Gran will check in every evening\", not only what will stop.";
    }
}
