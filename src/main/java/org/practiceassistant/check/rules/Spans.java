package org.practiceassistant.check.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Lexicon;

/** Small helpers for finding clauses, subjects and names in an {@link AnalysedText}. */
final class Spans {

    private Spans() {}

    /** The draft's words around a match, a few words either side, within its sentence. */
    static String around(AnalysedText text, Lexicon.Match match, int before, int after) {
        return around(text, match.firstToken(), match.endToken(), before, after);
    }

    static String around(AnalysedText text, int firstToken, int endToken, int before, int after) {
        List<AnalysedText.Token> tokens = text.tokens();
        int sentence = tokens.get(firstToken).sentence();
        AnalysedText.Sentence s = text.sentences().get(sentence);
        int from = Math.max(s.firstToken(), firstToken - before);
        int to = Math.min(s.endToken(), endToken + after);
        return text.quote(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** True when the text between two adjacent tokens has a comma, semicolon, colon, dash or bracket. */
    static boolean punctuationBetween(AnalysedText text, int leftToken, int rightToken) {
        String gap = text.text().substring(text.tokens().get(leftToken).end(), text.tokens().get(rightToken).start());
        return gap.chars().anyMatch(c -> ",;:()[]\u2013\u2014\n|\t".indexOf(c) >= 0) || gap.contains(" - ");
    }

    /**
     * The first token of the subject of a clause whose verb phrase starts at {@code verbToken}: scans
     * back over at most {@code max} words, stopping at punctuation, a clause break ("that", "when") or
     * the sentence start.
     */
    static int subjectStart(AnalysedText text, int verbToken, int max) {
        List<AnalysedText.Token> tokens = text.tokens();
        int sentenceStart = text.sentences().get(tokens.get(verbToken).sentence()).firstToken();
        int start = verbToken;
        while (start > sentenceStart && verbToken - start < max) {
            int previous = start - 1;
            if (punctuationBetween(text, previous, start)) {
                // "Mum, Gran and Aunt Sue will": commas inside a list of people do not end the subject.
                if (!isListOfPeople(text, previous)) {
                    break;
                }
            }
            if (WordLists.CLAUSE_BREAKS.contains(tokens.get(previous).stem()) && !tokens.get(previous).stem().equals("and")) {
                break;
            }
            start = previous;
        }
        return start;
    }

    private static boolean isListOfPeople(AnalysedText text, int token) {
        return isName(text, token) || WordLists.FAMILY.at(text, token).isPresent()
                || (token > 0 && WordLists.FAMILY.at(text, token - 1).isPresent());
    }

    /*
     * The token after the people a clause starts with at {@code first}: the tokenizer splits a double-barrelled name
     * ("Lily-Mae", "Ellie-Mae") into words joined by a hyphen, and a clause may name several children ("Harvey, Alfie and
     * Ruby will ..."). Each further person is one name or child word after a comma or "and". The walk reads at most a few
     * people, so asking at every word of a long list of names stays linear.
     */
    static int afterPeople(AnalysedText text, int first) {
        List<AnalysedText.Token> tokens = text.tokens();
        int sentence = tokens.get(first).sentence();
        int end = afterHyphenatedParts(text, first);
        for (int people = 1; people < MAX_PEOPLE && end + 1 < tokens.size() && tokens.get(end + 1).sentence() == sentence; people++) {
            boolean and = tokens.get(end).stem().equals("and");
            boolean comma = !and && text.text().substring(tokens.get(end - 1).end(), tokens.get(end).start()).trim().equals(",");
            int next = and ? end + 1 : end;
            if (!(and || comma) || !(isName(text, next) || WordLists.CHILD.at(text, next).isPresent())) {
                break;
            }
            end = WordLists.CHILD.at(text, next).map(Lexicon.Match::endToken).orElseGet(() -> afterHyphenatedParts(text, next));
        }
        return end;
    }

    private static final int MAX_PEOPLE = 8;
    private static final int MAX_NAME_PARTS = 4;

    /* The token after a name whose parts are joined by hyphens with no space: "Lily-Mae" is one name. */
    private static int afterHyphenatedParts(AnalysedText text, int name) {
        List<AnalysedText.Token> tokens = text.tokens();
        int end = name + 1;
        while (end < tokens.size() && end - name < MAX_NAME_PARTS && tokens.get(end).start() == tokens.get(end - 1).end() + 1
                && text.text().charAt(tokens.get(end - 1).end()) == '-' && tokens.get(end).sentence() == tokens.get(name).sentence()
                && Character.isUpperCase(text.text().charAt(tokens.get(end).start()))) {
            end++;
        }
        return end;
    }

    /** A capitalised word that is not a common word, a month, a service or an acronym. */
    static boolean isName(AnalysedText text, int token) {
        AnalysedText.Token t = text.tokens().get(token);
        String word = text.text().substring(t.start(), t.end());
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0)) || word.equals(word.toUpperCase())) {
            return false;
        }
        String lower = word.toLowerCase().replaceAll("'s$", "");
        boolean plausible = !WordLists.NOT_NAMES.contains(lower) && !WordLists.FAMILY.containsStem(t.stem())
                && word.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '-');
        return plausible && (!startsSentence(text, token) || word.endsWith("'s") || actsNext(text, token));
    }

    /* Any sentence starts with a capital: there a word is a name only when what follows is what people do. */
    private static final Set<String> AFTER_A_NAME = WordLists.stems("will", "and", "to", "is", "has", "had", "said",
            "says", "told", "would", "can", "must", "should", "agreed", "gave", "scored", "feels", "felt", "was", "did",
            "does", "wants", "won't", "needs", "likes", "loves", "drew", "wrote", "asked", "hit", "lives", "goes");

    private static boolean startsSentence(AnalysedText text, int token) {
        return text.sentences().get(text.tokens().get(token).sentence()).firstToken() == token;
    }

    private static boolean actsNext(AnalysedText text, int token) {
        int next = token + 1;
        if (next >= text.tokens().size() || text.tokens().get(next).sentence() != text.tokens().get(token).sentence()) {
            return false;
        }
        return punctuationBetween(text, token, next) || AFTER_A_NAME.contains(text.tokens().get(next).stem())
                || doesSomethingToSomeone(text, token, next);
    }

    /* Who or what a present-tense action is done to, straight after it: "Jo texts Gran", "Jo rings the school". */
    private static final Set<String> OBJECT_STARTS = WordLists.stems("the", "his", "her", "their", "him", "them", "a", "an",
            "me", "us");

    /*
     * "Jo texts Grandma Sue every night": a name, then a listed action in its present "-s" form, then who or what it is
     * done to. The shape, not a longer list of verbs after a name; the object keeps out "Weekly visits from ...", and the
     * first word must not read as an adverb or a participle ("Supervised visits ...").
     */
    private static boolean doesSomethingToSomeone(AnalysedText text, int token, int verb) {
        AnalysedText.Token first = text.tokens().get(token);
        String name = text.text().substring(first.start(), first.end()).toLowerCase(java.util.Locale.ROOT);
        AnalysedText.Token v = text.tokens().get(verb);
        String verbWord = text.text().substring(v.start(), v.end()).toLowerCase(java.util.Locale.ROOT);
        int object = verb + 1;
        if (name.endsWith("ly") || (name.length() > 4 && name.endsWith("ed")) || !verbWord.endsWith("s") || verbWord.endsWith("ss")
                || object >= text.tokens().size() || text.tokens().get(object).sentence() != first.sentence()
                || punctuationBetween(text, verb, object)) {
            return false;
        }
        boolean action = WordLists.OBSERVABLE_ACTIONS.at(text, verb).map(m -> m.endToken() == verb + 1).orElse(false);
        AnalysedText.Token o = text.tokens().get(object);
        boolean objectStarts = OBJECT_STARTS.contains(o.stem()) || WordLists.FAMILY.at(text, object).isPresent()
                || WordLists.CHILD.at(text, object).isPresent() || WordLists.PROFESSIONALS.at(text, object).isPresent()
                || Character.isUpperCase(text.text().charAt(o.start()));
        return action && objectStarts;
    }

    /** The first family member or named person in tokens {@code [from, to)}. */
    static Optional<Integer> firstPerson(AnalysedText text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (WordLists.FAMILY.at(text, i).isPresent() || isName(text, i)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    static boolean anyStemIn(AnalysedText text, int from, int to, Set<String> stems) {
        for (int i = from; i < to; i++) {
            if (stems.contains(text.tokens().get(i).stem())) {
                return true;
            }
        }
        return false;
    }
}
