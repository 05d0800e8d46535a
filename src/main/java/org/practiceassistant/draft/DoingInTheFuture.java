package org.practiceassistant.draft;

import java.util.Locale;
import java.util.Set;

/**
 * What people will be doing, typed in the present ("Claire does sundays, dad does the feeds and logs them, gran rings
 * police if he turns up"): a goal says what will happen, so each part that opens with someone of the family and network
 * and a present-tense verb is said with "will" ("Claire will do sundays, dad will do the feeds and log them"), and a
 * second verb joined to it by "and" follows. Check reads "Claire does sundays" as no one seen doing anything; "Claire will
 * do sundays" as what she will be seen doing. Parts are parted by commas, semicolons and full stops; the rest of each part
 * ("if he turns up") is left as typed. One pass over the words.
 */
final class DoingInTheFuture {

    private DoingInTheFuture() {}

    /** Relations that open a part as its subject: "dad does", "nan picks up". */
    private static final Set<String> RELATIONS = Set.of("mum", "mam", "mom", "mother", "dad", "father", "nan", "nana",
            "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "aunt", "aunty", "auntie", "uncle", "stepdad",
            "stepmum", "partner", "carer", "carers", "sister", "brother", "cousin", "neighbour", "friend");

    static String said(String doing, java.util.List<String> names) {
        Set<String> known = new java.util.HashSet<>();
        names.forEach(n -> known.add(n.toLowerCase(Locale.ROOT)));
        String[] words = doing.split(" ", -1);
        var out = new StringBuilder(doing.length() + 16);
        boolean partStart = true;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (i > 0) {
                out.append(' ');
            }
            int subjectEnd = partStart ? subjectEnd(words, i, known) : -1;
            if (subjectEnd > i && subjectEnd < words.length) {
                String verb = words[subjectEnd];
                String bare = verb.replaceAll("[,;.]+$", "");
                String base = FearInTheFuture.base(bare);
                if (!base.isEmpty() && !base.equals("be")) {
                    for (int j = i; j < subjectEnd; j++) {
                        out.append(words[j]).append(' ');
                    }
                    out.append("will ").append(base).append(verb.substring(bare.length()));
                    i = subjectEnd;
                    partStart = verb.length() > bare.length();
                    i = andVerb(words, i, out, partStart);
                    partStart = endsAPart(words[i]);
                    continue;
                }
            }
            out.append(word);
            partStart = endsAPart(word);
        }
        return out.toString();
    }

    /** Words after a verb that show it is one: "logs them", "picks her up", "rings the school". */
    private static final Set<String> AFTER_A_VERB = Set.of("them", "him", "her", "it", "the", "a", "an", "his", "their",
            "up", "out", "in", "to", "on", "round", "over", "back", "me", "us", "everything");

    /*
     * "dad will do the feeds and logs them": a verb after "and" later in the same part takes its base form too, when the
     * word after it shows it is a verb ("and grans house" is left).
     */
    private static int andVerb(String[] words, int at, StringBuilder out, boolean partEnded) {
        if (partEnded) {
            return at;
        }
        for (int j = at + 1; j + 1 < words.length; j++) {
            if (words[j].equals("and")) {
                String verb = words[j + 1];
                String bare = verb.replaceAll("[,;.]+$", "");
                String base = FearInTheFuture.base(bare);
                boolean aVerb = !base.isEmpty() && !base.equals("be") && (bare.length() < verb.length()
                        || j + 2 < words.length && AFTER_A_VERB.contains(words[j + 2].toLowerCase(Locale.ROOT).replaceAll("[,;.]+$", "")));
                if (aVerb) {
                    for (int k = at + 1; k <= j; k++) {
                        out.append(' ').append(words[k]);
                    }
                    out.append(' ').append(base).append(verb.substring(bare.length()));
                    return j + 1;
                }
                return at;
            }
            if (endsAPart(words[j])) {
                return at;
            }
        }
        return at;
    }

    /** Where the verb is after a subject starting at {@code i} ("dad", "nan pearl", "Claire", "mum's friend jo"); -1 if none. */
    private static int subjectEnd(String[] words, int i, Set<String> known) {
        String first = words[i].toLowerCase(Locale.ROOT);
        if (endsAPart(words[i])) {
            return -1;
        }
        if (RELATIONS.contains(first)) {
            // "nan pearl does": a known name after the relation is part of the subject.
            if (i + 1 < words.length && known.contains(words[i + 1].toLowerCase(Locale.ROOT))) {
                return i + 2;
            }
            return i + 1;
        }
        return known.contains(first) ? i + 1 : -1;
    }

    private static boolean endsAPart(String word) {
        return word.endsWith(",") || word.endsWith(";") || word.endsWith(".");
    }
}
