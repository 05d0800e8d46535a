package org.practiceassistant.draft;

import java.util.Locale;
import java.util.Set;

/**
 * A fear said with "will" often goes on in the present: "Maisie will keep running out at night and something happens to
 * her or she gets hurt if Craig loses it again", "mum gets really depressed and cant look after leon". Check reads what
 * follows as what is happening now, and past the few words it reads after "will" the harm is out of its sight; a family
 * reads the same slip. Each later part joined by "and" or "or" that opens with someone (he, she, something, a relation,
 * a name the mapping knows) and a present-tense verb is said with the fear's own modal ("something will happen to her or
 * she will get hurt"), "cant" as "will not be able to"; a verb of change straight after "and" takes its base form ("and
 * gets hurt": "and get hurt"). A fear with no modal that opens with a parent and a present verb is said with "will"
 * first. What follows "if", "when", "because" is the condition and is left as typed. One pass over the words.
 */
final class WillThroughTheFear {

    private WillThroughTheFear() {}

    private static final Set<String> MODALS = Set.of("will", "could", "might", "may");
    /** Words that open the condition or the reason: the rest of the sentence is left as typed. */
    private static final Set<String> CONDITIONS = Set.of("if", "when", "whenever", "because", "unless", "until", "while",
            "as", "cos", "cause", "since", "after", "before", "once");
    /** Someone a later part may open with. */
    private static final Set<String> SUBJECTS = Set.of("he", "she", "it", "something", "someone", "somebody", "nobody",
            "no-one", "noone", "everyone");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "the");
    /** Verbs of change that follow "and" with the fear's subject left out: "and gets hurt", "and ends up in care". */
    private static final Set<String> CHANGES = Set.of("gets", "keeps", "goes", "ends", "stops", "falls", "starts",
            "becomes", "feels", "runs", "loses");
    /** Negated present forms and what they become after the modal. */
    private static final java.util.Map<String, String> NEGATED = java.util.Map.ofEntries(
            java.util.Map.entry("cant", "not be able to"), java.util.Map.entry("can't", "not be able to"),
            java.util.Map.entry("cannot", "not be able to"), java.util.Map.entry("isnt", "not be"),
            java.util.Map.entry("isn't", "not be"), java.util.Map.entry("arent", "not be"), java.util.Map.entry("aren't", "not be"),
            java.util.Map.entry("doesnt", "not"), java.util.Map.entry("doesn't", "not"), java.util.Map.entry("dont", "not"),
            java.util.Map.entry("don't", "not"));

    static String said(String fear, java.util.List<String> names) {
        Set<String> known = new java.util.HashSet<>();
        names.forEach(n -> known.add(n.toLowerCase(Locale.ROOT)));
        String[] words = fear.split(" ", -1);
        boolean parentFirst = opensWithAParent(words, known);
        String modal = null;
        var out = new StringBuilder(fear.length() + 24);
        int i = 0;
        if (parentFirst) {
            modal = "will";
            int verb = subjectEnd(words, 0, known);
            i = said(words, 0, verb, modal, out);
        }
        for (; i < words.length; i++) {
            String word = bare(words[i]);
            if (i > 0) {
                out.append(' ');
            }
            out.append(words[i]);
            if (modal == null && MODALS.contains(word.toLowerCase(Locale.ROOT))) {
                modal = word.toLowerCase(Locale.ROOT);
                continue;
            }
            if (modal == null || words[i].endsWith(".") || CONDITIONS.contains(word.toLowerCase(Locale.ROOT))) {
                if (modal != null) {
                    append(words, i + 1, out);
                    return out.toString();
                }
                continue;
            }
            if ((word.equals("and") || word.equals("or")) && words[i].equals(word) && i + 1 < words.length) {
                int verb = subjectEnd(words, i + 1, known);
                if (verb > i + 1 && verb < words.length && aWorrier(words, verb)) {
                    append(words, i + 1, out);
                    return out.toString();
                }
                if (verb > i + 1 && verb < words.length && present(words[verb])) {
                    out.append(' ');
                    i = said(words, i + 1, verb, modal, out) - 1;
                } else if (verb < 0 && NEGATED.containsKey(words[i + 1].toLowerCase(Locale.ROOT))) {
                    // "and cant look after leon": the fear's subject left out, its modal said ("and will not be able to").
                    out.append(' ').append(modal).append(' ').append(NEGATED.get(words[i + 1].toLowerCase(Locale.ROOT)));
                    i++;
                } else if (verb < 0 && CHANGES.contains(words[i + 1])) {
                    out.append(' ').append(FearInTheFuture.base(words[i + 1]));
                    i++;
                }
            }
        }
        return out.toString();
    }

    /** The subject's words, the modal and the verb's base written to {@code out}; the index after the verb. */
    private static int said(String[] words, int from, int verb, String modal, StringBuilder out) {
        for (int k = from; k < verb; k++) {
            out.append(words[k]).append(' ');
        }
        String typed = words[verb];
        String word = bare(typed);
        String tail = typed.substring(word.length());
        String lower = word.toLowerCase(Locale.ROOT);
        out.append(modal).append(' ').append(NEGATED.getOrDefault(lower, FearInTheFuture.base(word))).append(tail);
        return verb + 1;
    }

    private static boolean present(String typed) {
        String lower = bare(typed).toLowerCase(Locale.ROOT);
        return NEGATED.containsKey(lower) || !FearInTheFuture.base(bare(typed)).isEmpty();
    }

    /* "and Nan is scared he will be left alone", "and mum says": a second worrier and what they fear, not a part of the fear. */
    private static final Set<String> WORRIERS = Set.of("scared", "worried", "frightened", "afraid", "concerned", "anxious",
            "says", "thinks", "fears", "worries", "believes", "feels", "knows");

    /** True when the verb at {@code verb} says someone is worried or says so ("is scared", "thinks"). */
    private static boolean aWorrier(String[] words, int verb) {
        String lower = bare(words[verb]).toLowerCase(Locale.ROOT);
        return WORRIERS.contains(lower) || (lower.equals("is") || lower.equals("are")) && verb + 1 < words.length
                && WORRIERS.contains(bare(words[verb + 1]).toLowerCase(Locale.ROOT));
    }

    /** "mum gets", "dad (steve) drinks": a parent and a present verb, with no modal in the fear. */
    private static boolean opensWithAParent(String[] words, Set<String> known) {
        if (words.length < 2 || !DoingInTheFuture.RELATIONS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        int verb = subjectEnd(words, 0, known);
        return verb > 0 && verb < words.length && present(words[verb]) && modalIn(words) == null;
    }

    /** Where the verb is after a subject opening at {@code at}; -1 when no one opens there. */
    private static int subjectEnd(String[] words, int at, Set<String> known) {
        String first = words[at].toLowerCase(Locale.ROOT);
        if (!first.equals(bare(first))) {
            return -1;
        }
        if (POSSESSIVES.contains(first) && at + 1 < words.length
                && DoingInTheFuture.RELATIONS.contains(words[at + 1].toLowerCase(Locale.ROOT))) {
            return at + 2;
        }
        if (DoingInTheFuture.RELATIONS.contains(first)) {
            String next = at + 1 < words.length ? words[at + 1].toLowerCase(Locale.ROOT) : "";
            return known.contains(next) ? at + 2 : at + 1;
        }
        return SUBJECTS.contains(first) || known.contains(first) ? at + 1 : -1;
    }

    private static String modalIn(String[] words) {
        for (String w : words) {
            String lower = bare(w).toLowerCase(Locale.ROOT);
            if (MODALS.contains(lower)) {
                return lower;
            }
            if (w.endsWith(".")) {
                return null;
            }
        }
        return null;
    }

    private static void append(String[] words, int from, StringBuilder out) {
        for (int k = from; k < words.length; k++) {
            out.append(' ').append(words[k]);
        }
    }

    /** The word without what ends it: "hurt," -> "hurt". */
    private static String bare(String word) {
        int end = word.length();
        while (end > 0 && !Character.isLetter(word.charAt(end - 1)) && word.charAt(end - 1) != '\'') {
            end--;
        }
        return word.substring(0, end);
    }
}
