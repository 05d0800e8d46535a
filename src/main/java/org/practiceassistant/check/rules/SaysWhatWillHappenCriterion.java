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
        Optional<GoalClauses.Clause> doing = GoalClauses.of(text).stream().filter(c -> !c.negated() && doing(text, c.verbToken())
                && !shorthandOversight(text, c.verbToken())).findFirst();
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

    /*
     * The service's own oversight in services' shorthand, "Professionals to monitor", "IRO to review": nothing the goal
     * says will be done in the family's life (as "to be monitored" in PassiveDoing; blind10's reader fails it). Said in
     * full ("the police will monitor Sam's whereabouts") it stays something done, as tune3's reader reads it.
     */
    private static final java.util.Set<String> OVERSIGHT = WordLists.stems("monitor", "oversee", "review");

    /* "will sit down", "will be paying": a verb of doing, not "will be safe" or "will feel". */
    private static boolean doing(AnalysedText text, int verbToken) {
        AnalysedText.Token token = text.tokens().get(verbToken);
        String verb = token.stem();
        String before = verbToken > 0 ? text.tokens().get(verbToken - 1).stem() : "";
        boolean progressive = text.text().substring(token.start(), token.end()).endsWith("ing");
        // GoalClauses reads "have" as a helper and the person after it as the verb ("to have Tyler-James"): the same hosting.
        if (hostsSomeone(text, verbToken) || verbToken > 0 && hostsSomeone(text, verbToken - 1)) {
            return true;
        }
        return !STATES.contains(verb) && (progressive || !STATES.contains(before)) && !ensuresNothing(text, verbToken);
    }

    private static final Set<String> HAVE = WordLists.stems("have");
    private static final Set<String> OBJECT_PRONOUNS = WordLists.stems("him", "her", "them");

    /*
     * "Kyle's uncle Dev will have Kyle (15) to stay every weekend", "Nana Jean and Grandad Bill to have Tyler-James for
     * respite": having a person (by name, a child word or "him"/"her") is having them to stay or for tea, something done;
     * "will have a safe place to live" (an article after "have") stays what someone will have. Every reader passes these.
     */
    private static boolean hostsSomeone(AnalysedText text, int verbToken) {
        int next = verbToken + 1;
        return HAVE.contains(text.tokens().get(verbToken).stem()) && next < text.tokens().size()
                && text.tokens().get(next).sentence() == text.tokens().get(verbToken).sentence()
                && (Spans.isName(text, next) || WordLists.CHILD.at(text, next).isPresent()
                    || OBJECT_PRONOUNS.contains(text.tokens().get(next).stem()));
    }

    /*
     * "Mum and dad to ensure no further DV incidents occur": making sure of nothing happening says only what will not
     * happen, as "there will be no more shouting" does (blind14's reader fails it); "to ensure the children get to school"
     * says what will.
     */
    private static final Set<String> ENSURE = WordLists.stems("ensure", "ensures");

    private static boolean ensuresNothing(AnalysedText text, int verbToken) {
        int next = verbToken + 1;
        return ENSURE.contains(text.tokens().get(verbToken).stem()) && next < text.tokens().size()
                && text.tokens().get(next).sentence() == text.tokens().get(verbToken).sentence() && NO.contains(text.tokens().get(next).stem());
    }

    private static final Set<String> WILL = WordLists.stems("will", "shall", "'ll");

    /*
     * "Olivia will feel safe and happy when her dad picks her up": how the child will feel is what will be happening in
     * their life, and every independent reader (tune to blind11) passes it on this criterion; it stays no behaviour others
     * can see (observable-behaviour fails it) and names no one acting for the child (who-will-act).
     */
    private static final Set<String> FEEL = WordLists.stems("feel");
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
            if (verb < tokens.size() && tokens.get(verb).sentence() == tokens.get(i).sentence()
                    && (doing(text, verb) || beingThere(text, verb) || FEEL.contains(tokens.get(verb).stem())
                        || personWillBe(text, i, verb))
                    && WordLists.NEGATIONS.at(text, verb).isEmpty() && !GoalClauses.makesSureNot(text, verb)) {
                return Optional.of(i);
            }
        }
        Optional<Integer> progressive = willBeDoing(text);
        return progressive.isPresent() ? progressive : PassiveDoing.first(text);
    }

    /*
     * "The children will be safe and their needs will be met", "Mum will be protective", "Children to be safe and well cared
     * for": a person (a family word, a child word or a name) straight before "will be" / "to be", and what they will be. The
     * readers of tune, blind2, blind9 and blind11 pass it on this criterion (what will be going on in the child's life; the
     * observable-behaviour and child-outcome criteria judge whether it is seen or specific); "there will be no more shouting",
     * "Risk to be reduced" and "support will be provided" name no person and stay as they were, and "will be no ..." or
     * "will be not ..." only stops something; "will be settled" (a participle) stays a state, as the fourteenth round read it.
     */
    private static boolean personWillBe(AnalysedText text, int will, int verb) {
        List<AnalysedText.Token> tokens = text.tokens();
        if (!BE.contains(tokens.get(verb).stem()) || verb + 1 >= tokens.size() || will == 0
                || tokens.get(verb + 1).sentence() != tokens.get(verb).sentence()
                || WordLists.NEGATIONS.at(text, verb + 1).isPresent() || NO.contains(tokens.get(verb + 1).stem())
                || WordLists.SERVICE_PASSIVES.contains(tokens.get(verb + 1).stem()) || participle(text, verb + 1)) {
            return false;
        }
        int subject = will - 1;
        return WordLists.FAMILY.at(text, subject).filter(m -> m.endToken() == will).isPresent()
                || WordLists.CHILD.at(text, subject).filter(m -> m.endToken() == will).isPresent() || Spans.isName(text, subject);
    }

    private static final Set<String> NO = WordLists.stems("no", "not", "never");

    /* "Ben will be settled": a participle after "be" is a state done or come to (PassiveDoing reads the ones that are done). */
    private static boolean participle(AnalysedText text, int token) {
        AnalysedText.Token t = text.tokens().get(token);
        return text.text().substring(t.start(), t.end()).toLowerCase(java.util.Locale.ROOT).endsWith("ed");
    }

    /* Words ending in -ing that are times or things, never something someone is doing. */
    private static final Set<String> ING_NOUNS = WordLists.stems("morning", "evening", "nothing", "something", "anything",
            "everything", "thing", "things", "during", "meeting", "meetings", "clothing", "bedding", "ceiling", "building", "ring", "wellbeing", "being",
            "housing", "funding", "training", "parenting", "schooling");
    private static final Set<String> BE = WordLists.stems("be");
    private static final Set<String> AND = WordLists.stems("and", "or");
    /* How far after "will be" a coordinated -ing verb is looked for: a short list of what someone will be. */
    private static final int PROGRESSIVE_REACH = 12;

    /*
     * "Jordan will be paying his own way", "Amelia will be up to date with her jabs, growing well and going to nursery":
     * "will be" and then, straight after "be", a comma or "and", a verb in -ing of doing (not "feeling", "knowing") says
     * what will be going on (blind10's readers pass these; "will be settled" stays a state, "there will be no more shouting"
     * only stops something). Looked for a fixed number of words ahead, in the same sentence, up to the next "will".
     */
    private static Optional<Integer> willBeDoing(AnalysedText text) {
        List<AnalysedText.Token> tokens = text.tokens();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!WILL.contains(tokens.get(i).stem()) || !BE.contains(tokens.get(i + 1).stem()) || WordLists.NEGATIONS.at(text, i).isPresent()) {
                continue;
            }
            int sentence = tokens.get(i).sentence();
            for (int j = i + 2; j < tokens.size() && j <= i + 1 + PROGRESSIVE_REACH && tokens.get(j).sentence() == sentence
                    && !WILL.contains(tokens.get(j).stem()); j++) {
                AnalysedText.Token token = tokens.get(j);
                String word = text.text().substring(token.start(), token.end());
                boolean linked = j == i + 2 || AND.contains(tokens.get(j - 1).stem())
                        || text.text().substring(tokens.get(j - 1).end(), token.start()).indexOf(',') >= 0;
                if (linked && word.length() > 4 && word.endsWith("ing") && !ING_NOUNS.contains(token.stem()) && doing(text, j)
                        && WordLists.NEGATIONS.first(text, i, j).isEmpty()) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }


    /*
     * "Mark will be sober whenever he looks after Jack", "Anne will be at the house every morning": being somewhere or some
     * way that others can see is what the observable-behaviour list already names ("be sober", "be at home"); it says what
     * will be happening too, though its verb is "be".
     */
    private static boolean beingThere(AnalysedText text, int verb) {
        return BE.contains(text.tokens().get(verb).stem()) && WordLists.OBSERVABLE_ACTIONS.at(text, verb).isPresent();
    }

    private static final Set<String> TO = WordLists.stems("to");

    /*
     * "Family to engage with Early Help", "TAF to monitor progress": services' shorthand, a one-word subject opening the
     * sentence and "to" for "will". The readers of tune5 and blind4 read it as saying what will be done.
     */
    private static boolean isShorthandTo(AnalysedText text, int token) {
        AnalysedText.Sentence sentence = text.sentences().get(text.tokens().get(token).sentence());
        return token == sentence.firstToken() + 1 && TO.contains(text.tokens().get(token).stem()) && !shorthandOversight(text, token + 1);
    }

    /* "Professionals to monitor": the shorthand's "to" (second word of its sentence), then an oversight verb. */
    private static boolean shorthandOversight(AnalysedText text, int verb) {
        if (verb < 2 || verb >= text.tokens().size() || !OVERSIGHT.contains(text.tokens().get(verb).stem())) {
            return false;
        }
        AnalysedText.Sentence sentence = text.sentences().get(text.tokens().get(verb).sentence());
        return verb - 1 == sentence.firstToken() + 1 && TO.contains(text.tokens().get(verb - 1).stem());
    }

    private static String advice() {
        return "Say what people will be doing instead, for example \"Mark will be sober whenever he looks after Jack, "
                + "and Gran will check in every evening\", not only what will stop.";
    }
}
