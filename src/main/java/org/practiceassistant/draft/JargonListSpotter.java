package org.practiceassistant.draft;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.practiceassistant.check.jargon.JargonList;
import org.practiceassistant.check.jargon.JargonMatch;
import org.practiceassistant.check.rules.JargonReading;

/**
 * Spots jargon with the same editable list the checker uses, read as Check reads it ({@link JargonReading}), so the coach
 * asks about, and writes out, only the words Check would flag: an everyday word families use ("GP") is left as typed.
 */
final class JargonListSpotter implements JargonSpotter {

    private final JargonList list;

    public JargonListSpotter(JargonList list) {
        this.list = list;
    }

    /**
     * A term is replaced only by words the list says stand in its place in any sentence: an entry's
     * {@code in_text} ("GP": "family doctor"), or an abbreviation's full form its entry gives, in quotes or
     * brackets, whose words start with its letters ("IRO": "(independent reviewing officer)"). Neither
     * changes the meaning, where a plain suggestion such as "living with foster carers" for "accommodation"
     * would put words in the worker's mouth; such terms stay, and the review's check points at them.
     */
    @Override
    public String spelledOut(String text) {
        var out = new StringBuilder(text);
        var matches = new java.util.ArrayList<>(list.find(text).stream().filter(m -> !m.entry().everyday()).toList());
        matches.sort(Comparator.comparingInt(JargonMatch::start).reversed());
        int last = Integer.MAX_VALUE;
        for (var match : matches) {
            if (match.end() > last) {
                continue;
            }
            String inText = match.entry().inText();
            Optional<String> with = inText.isEmpty() ? Abbreviations.fullForm(match.found(), match.entry().plain())
                    // From the note only when the words are not a label the list flags too ("DA": "domestic abuse").
                    .or(() -> Abbreviations.fromNote(match.found(), match.entry().note()).filter(full -> list.find(full).isEmpty()))
                    : Optional.of(inText).filter(words -> sameForm(match));
            int nameEnd = with.isEmpty() && JargonReading.betterByName(match.entry()) ? NameAfterRole.end(out, match.end()) : -1;
            if (nameEnd > 0) {
                // "the SENCO Mrs Carr" reads "Mrs Carr (SENCO)": the person by name, the role beside it, as Check reads a
                // role the family knows by its person; the worker's words, in another order.
                int from = NameAfterRole.theBefore(out, match.start());
                InPlace.replaceWith(out, from, nameEnd, out.substring(match.end(), nameEnd).strip() + " (" + match.found() + ")");
                last = from;
                continue;
            }
            if (with.isPresent()) {
                if (!inText.isEmpty() && LabelBeforeNoun.aLabelForWhatHappened(match.entry().plain())) {
                    int end = LabelBeforeNoun.nounsAfter(out, match.end());
                    if (end > match.end()) {
                        // "the DA service" reads "the service for abuse at home", never "the abuse at home service".
                        InPlace.replace(out, match.start(), end, LabelBeforeNoun.nounFirst(out.substring(match.end(), end), inText));
                        last = match.start();
                        continue;
                    }
                }
                InPlace.replace(out, match.start(), match.end(), with.get());
                last = match.start();
            }
        }
        return out.toString();
    }

    /*
     * A word's in_text stands for that form of it only: "disclosed" is "told", but "disclosing" and "disclosure", which the
     * list flags as the same word, are no "told"; they stay for the review to point at. Letters' and phrases' in_text
     * ("LAC", "section 47") stand for every spelling the entry gives.
     */
    private static boolean sameForm(JargonMatch match) {
        String term = match.entry().term();
        boolean aWord = !term.isEmpty() && term.chars().allMatch(Character::isLowerCase);
        return !aWord || match.found().equalsIgnoreCase(term);
    }

    @Override
    public Optional<Jargon> firstIn(String text) {
        return JargonReading.flagged(list, text).stream().findFirst()
                .map(match -> new Jargon(match.found(), match.entry().plain()));
    }

    /** Puts plain words where a term was, so the sentence still reads: articles, a repeated noun, capitals. */
    static final class InPlace {

        private InPlace() {}

        /** {@code words} in place of text[start, end), capitalised at a sentence's start; nothing else changed. */
        static void replaceWith(StringBuilder text, int start, int end, String words) {
            text.replace(start, end, sentenceStart(text, start) ? Character.toUpperCase(words.charAt(0)) + words.substring(1) : words);
        }

        static void replace(StringBuilder text, int start, int end, String words) {
            // "DV at home" with "violence at home": the place the words already end with is not said twice.
            int space = words.lastIndexOf(' ', words.lastIndexOf(' ') - 1);
            String tail = space > 0 ? words.substring(space) : "";
            if (tail.startsWith(" at ") && text.length() >= end + tail.length()
                    && text.substring(end, end + tail.length()).equalsIgnoreCase(tail)
                    && (end + tail.length() == text.length() || !Character.isLetter(text.charAt(end + tail.length())))) {
                end += tail.length();
            }
            // "a section 47 enquiry" with "enquiry into what happened": the noun the words already hold is not repeated.
            int next = skipSpaces(text, end);
            int nextEnd = wordEnd(text, next);
            if (nextEnd > next && containsWord(words, text.substring(next, nextEnd))) {
                end = nextEnd;
            }
            // "school DSL" with "school safeguarding lead": the word said just before the term is not said twice.
            int before = start - 1;
            int wordStart = before;
            while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            int firstSpace = words.indexOf(' ');
            if (before > 0 && text.charAt(before) == ' ' && firstSpace > 0 && wordStart < before
                    && text.substring(wordStart, before).equalsIgnoreCase(words.substring(0, firstSpace))) {
                words = words.substring(firstSpace + 1);
            }
            String replacement = words;
            if (sentenceStart(text, start)) {
                replacement = Character.toUpperCase(words.charAt(0)) + words.substring(1);
            }
            text.replace(start, end, replacement);
            // "a LAC review" read "a children in care review"; "a" before a vowel becomes "an", and "an SGO" read
            // "a special guardianship order": "an" before a consonant becomes "a".
            int articleEnd = start - 1;
            boolean vowel = "aeiou".indexOf(Character.toLowerCase(words.charAt(0))) >= 0;
            if (vowel && articleEnd >= 1 && text.charAt(articleEnd) == ' ' && isArticle(text, articleEnd - 1, articleEnd)) {
                text.insert(articleEnd, 'n');
            } else if (!vowel && articleEnd >= 2 && text.charAt(articleEnd) == ' ' && isArticle(text, articleEnd - 2, articleEnd)
                    && Character.toLowerCase(text.charAt(articleEnd - 1)) == 'n') {
                text.deleteCharAt(articleEnd - 1);
            }
        }

        /** Whether text[from, to) is the word "a" or "an" (any case) standing on its own. */
        private static boolean isArticle(CharSequence text, int from, int to) {
            String word = text.subSequence(from, to).toString().toLowerCase(Locale.ROOT);
            return (word.equals("a") || word.equals("an")) && (from == 0 || !Character.isLetter(text.charAt(from - 1)));
        }

        private static boolean sentenceStart(CharSequence text, int at) {
            int i = at - 1;
            while (i >= 0 && text.charAt(i) == ' ') {
                i--;
            }
            return i < 0 || text.charAt(i) == '.' || text.charAt(i) == '!' || text.charAt(i) == '?' || text.charAt(i) == '\n';
        }

        private static int skipSpaces(CharSequence text, int from) {
            int i = from;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            return i;
        }

        private static int wordEnd(CharSequence text, int from) {
            int i = from;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            return i;
        }

        /**
         * Whether {@code word} is the first or last word of {@code words} ("enquiries" counting as "enquiry"): the
         * words' own nouns, never a small word inside them such as "into".
         */
        private static boolean containsWord(String words, String word) {
            String w = singular(word.toLowerCase(Locale.ROOT));
            String[] parts = words.toLowerCase(Locale.ROOT).split(" ");
            return singular(parts[0]).equals(w) || singular(parts[parts.length - 1]).equals(w);
        }

        private static String singular(String word) {
            if (word.endsWith("ies") && word.length() > 4) {
                return word.substring(0, word.length() - 3) + "y";
            }
            return word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word;
        }
    }
}
