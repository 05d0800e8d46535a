package org.practiceassistant.check.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.jargon.JargonList;
import org.practiceassistant.check.jargon.JargonMatch;
import org.practiceassistant.check.text.AnalysedText;

/** No professional jargon or acronyms: the family must understand every word. */
final class JargonFreeCriterion extends Criterion<AnalysedText> {

    private final JargonList jargon;

    JargonFreeCriterion(JargonList jargon, String source) {
        super(CriterionId.JARGON_FREE, source);
        this.jargon = jargon;
    }

    @Override
    CriterionResult check(AnalysedText text) {
        List<JargonMatch> found = flagged(jargon, text);
        if (found.isEmpty()) {
            return pass("");
        }
        String evidence = found.stream().map(m -> quoted(m.found())).distinct().collect(Collectors.joining(", "));
        String advice = found.stream().map(m -> "instead of " + quoted(m.found()) + ": " + m.entry().plain())
                .distinct().collect(Collectors.joining("; "));
        return fail(evidence, "Use words the family would use; " + advice + ".");
    }

    /**
     * The terms of the list this criterion fails a text for, in the order they appear: what {@link JargonReading} gives
     * the drafting coach, so the coach asks about exactly the words Check would flag.
     */
    static List<JargonMatch> flagged(JargonList jargon, AnalysedText text) {
        // An everyday word families use of their own ("GP") is no professional jargon (see JargonEntry): never flagged.
        List<JargonMatch> candidates = jargon.find(text).stream().filter(m -> !m.entry().everyday()).toList();
        java.util.Set<String> spelledOut = candidates.stream().anyMatch(m -> isAcronym(m.found())) ? spelledOut(text.text()) : java.util.Set.of();
        java.util.function.Predicate<JargonMatch> plainWordsUsed = plainWordsUsedIn(text.text());
        List<JargonMatch> found = candidates.stream()
                .filter(m -> !(m.entry().own() && (afterPossessive(text.text(), m.start()) || afterName(text.text(), m.start(), m.end()))))
                // "Sam (SW)", "OT Ruth Dunn": where the plain words are "or better, their name", the name beside the role is given.
                // "Sam (SW)", "NICOLA (SW)": where the plain words are "or better, their name", the name before the role is given.
                .filter(m -> !(betterByName(m) && (afterName(text.text(), m.start(), m.end()) || afterCapitalsName(text.text(), m.start(), m.end()))))
                .filter(m -> !(isAcronym(m.found()) && (explainedInBrackets(text.text(), m.end()) || plainWordsUsed.test(m))))
                .filter(m -> !isMentioned(text.text(), m.start(), m.end()) && !isFormLabel(text.text(), m.start(), m.end(), m.found()))
                .filter(m -> !(isAcronym(m.found()) && spelledOut.contains(m.found())))
                .toList();
        return found;
    }

    /*
     * The term alone in quotation marks is a word talked about, not used: 'asked for "alcohol misuse" to say "my
     * drinking"' shows the family's words replacing ours. So is a term inside a short quote, a label someone is given: 'I
     * want people to stop calling me "the CSE girl"' objects to the word, it does not use it. A longer quote (someone's
     * speech) is still read.
     */
    static boolean isMentioned(String text, int start, int end) {
        if (start < 1 || end >= text.length()) {
            return false;
        }
        char open = text.charAt(start - 1);
        return (open == '"' || open == '\'') && text.charAt(end) == open || inShortQuote(text, start, end);
    }

    /* The most words a quoted label has, and the most characters read either side of the term for its quotation marks. */
    private static final int MAX_LABEL_WORDS = 4;
    private static final int MAX_LABEL_REACH = 40;

    /*
     * Whether the term sits in a quotation of at most MAX_LABEL_WORDS words on its line: the nearest quotation mark before it
     * opens a quote (after a space, a bracket or the line's start) and the nearest after it closes one (before a space,
     * punctuation or the line's end). Reads at most MAX_LABEL_REACH characters either side: constant work per term.
     */
    private static boolean inShortQuote(String text, int start, int end) {
        int open = -1;
        for (int k = start - 1; k >= Math.max(0, start - MAX_LABEL_REACH) && open < 0; k--) {
            char c = text.charAt(k);
            if (c == '\n') {
                return false;
            }
            if (isQuoteMark(c)) {
                if (k > 0 && !Character.isWhitespace(text.charAt(k - 1)) && text.charAt(k - 1) != '(') {
                    return false;
                }
                open = k;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int k = end; k < Math.min(text.length(), end + MAX_LABEL_REACH); k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                return false;
            }
            if (isQuoteMark(c) && (c == text.charAt(open) || c == '\u201D' && text.charAt(open) == '\u201C')) {
                boolean closes = k + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(k + 1));
                return closes && PlanParser.wordCount(text.substring(open + 1, k)) <= MAX_LABEL_WORDS;
            }
        }
        return false;
    }

    private static boolean isQuoteMark(char c) {
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u201D';
    }

    /*
     * "Present: Michelle (Mum), Steven (Dad)": a word that opens a line and is followed by a colon is a form's label
     * (who was there), not the word's jargon sense ("presented as"). Acronyms are not excused: "SW: Dan" is still "SW".
     */
    static boolean isFormLabel(String text, int start, int end, String found) {
        if (end >= text.length() || text.charAt(end) != ':' || found.equals(found.toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        int before = start;
        while (before > 0 && (text.charAt(before - 1) == ' ' || text.charAt(before - 1) == '\t')) {
            before--;
        }
        return before == 0 || text.charAt(before - 1) == '\n';
    }

    private static boolean isAcronym(String found) {
        return found.length() >= 2 && found.length() <= MAX_INITIALS && found.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /* Longest acronym looked for as initials, and the small words a spelled-out name skips ("Team Around the Family"). */
    private static final int MAX_INITIALS = 6;
    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("the", "of", "and", "for", "in", "on", "to", "a");

    /**
     * The acronyms a text spells out: the initials of every run of capitalised words ("Team Around the Family" gives TA,
     * TAF; small words between them are skipped). An acronym the plan has spelled out is explained to the family, so it
     * is not jargon there. One pass over the words, reading at most twice {@value #MAX_INITIALS} words from each: linear.
     */
    static java.util.Set<String> spelledOut(String text) {
        List<String> words = java.util.Arrays.stream(text.split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).toList();
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (!isCapitalisedWord(words.get(i))) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            // At most two words per initial (a small word between each): "A the the the ..." is not read on and on.
            for (int j = i; j < Math.min(words.size(), i + 2 * MAX_INITIALS) && initials.length() < MAX_INITIALS; j++) {
                String w = words.get(j);
                if (isCapitalisedWord(w)) {
                    initials.append(w.charAt(0));
                    if (initials.length() >= 2) {
                        out.add(initials.toString());
                    }
                } else if (!SMALL_WORDS.contains(w)) {
                    break;
                }
            }
        }
        return out;
    }

    /* "Team", "Family": a capital then small letters (an acronym in capitals spells nothing out). */
    private static boolean isCapitalisedWord(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(1));
    }

    /* "Paul (IRO)", "Dr Okafor (GP, by phone)": the role's letters opening the brackets after the name the family knows that person by. */
    static boolean afterName(String text, int start, int end) {
        if (start < 3 || end >= text.length() || text.charAt(start - 1) != '(' || (text.charAt(end) != ')' && text.charAt(end) != ',')
                || text.charAt(start - 2) != ' ') {
            return false;
        }
        int wordEnd = start - 2;
        int from = wordEnd;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        String word = text.substring(from, wordEnd);
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !word.equals(word.toUpperCase(java.util.Locale.ROOT));
    }

    /* A role whose plain words say "or better, their name": the person's name beside it tells the family who is meant. */
    private static boolean betterByName(JargonMatch m) {
        return betterByName(m.entry());
    }

    static boolean betterByName(org.practiceassistant.check.jargon.JargonEntry entry) {
        return entry.plain().contains("their name") || entry.plain().contains("worker's name");
    }

    /* "NICOLA (SW)": a plan written in capitals names the person in capitals; a word of three letters or more before the brackets. */
    static boolean afterCapitalsName(String text, int start, int end) {
        if (start < 5 || end >= text.length() || text.charAt(start - 1) != '(' || text.charAt(end) != ')' || text.charAt(start - 2) != ' ') {
            return false;
        }
        int from = start - 2;
        while (from > 0 && Character.isUpperCase(text.charAt(from - 1)) && start - from < 20) {
            from--;
        }
        return start - 2 - from >= 3 && (from == 0 || !Character.isLetter(text.charAt(from - 1)));
    }

    /*
     * "the occupational therapist ... OT Ruth Dunn", "a doctor ... the GP": an acronym whose plain words (the first ones
     * jargon.yaml quotes) the text uses as well is explained to the family there. Each entry is looked up once per text.
     */
    static java.util.function.Predicate<JargonMatch> plainWordsUsedIn(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        java.util.Map<String, Boolean> seen = new java.util.HashMap<>();
        return m -> seen.computeIfAbsent(m.entry().term(), t -> firstQuoted(m.entry().plain())
                .map(words -> java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(words) + "\\b").matcher(lower).find())
                .orElse(false));
    }

    /* The words in the first double quotes of a plain suggestion: '"doctor" or "family doctor"' gives doctor. */
    private static java.util.Optional<String> firstQuoted(String plain) {
        int open = plain.indexOf('"');
        int close = open < 0 ? -1 : plain.indexOf('"', open + 1);
        if (open != 0 || close < 0) {
            // Only a suggestion that is itself the plain words ('"doctor" ...'), not 'say what happened, for example "..."'.
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(plain.substring(open + 1, close).toLowerCase(java.util.Locale.ROOT));
    }

    /* Most characters read inside the brackets after an acronym for its explanation. */
    private static final int MAX_EXPLANATION = 60;

    /*
     * "PECS (a picture card system)": an acronym followed by words in brackets that start in small letters explains itself
     * to the family. A name or another acronym in the brackets ("(Sam)", "(CP)") explains nothing. Bounded look-ahead.
     */
    static boolean explainedInBrackets(String text, int end) {
        if (end + 3 >= text.length() || text.charAt(end) != ' ' || text.charAt(end + 1) != '(' || !Character.isLowerCase(text.charAt(end + 2))) {
            return false;
        }
        int close = -1;
        for (int k = end + 2; k < Math.min(text.length(), end + MAX_EXPLANATION); k++) {
            if (text.charAt(k) == ')') {
                close = k;
                break;
            }
        }
        if (close < 0) {
            return false;
        }
        return text.substring(end + 2, close).strip().contains(" ");
    }

    private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("his", "her", "their", "my", "your", "our");

    /* "her GP", "the family's GP": the word before is a possessive, read back to the previous space only. */
    static boolean afterPossessive(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int from = end;
        while (from > 0 && Character.isLetter(text.charAt(from - 1)) || from > 0 && text.charAt(from - 1) == '\'') {
            from--;
        }
        String word = text.substring(from, end).toLowerCase(java.util.Locale.ROOT);
        return end < start && (POSSESSIVES.contains(word) || word.endsWith("'s"));
    }
}
