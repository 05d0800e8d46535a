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
    static final Set<String> RELATIONS = Set.of("mum", "mam", "mom", "mother", "dad", "father", "nan", "nana",
            "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "aunt", "aunty", "auntie", "uncle", "stepdad",
            "stepmum", "partner", "carer", "carers", "sister", "brother", "cousin", "neighbour", "friend", "grandmother",
            "grandfather", "nanna");

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
    static final Set<String> AFTER_A_VERB = Set.of("them", "him", "her", "it", "the", "a", "an", "his", "their",
            "up", "out", "in", "to", "on", "round", "over", "back", "me", "us", "everything", "when", "whenever", "if",
            "away", "under", "from", "with", "because", "every", "each", "at", "again", "too");

    /*
     * "dad will do the feeds and logs them", "she will get hurt or loses the baby": a verb after "and" or "or" later in the
     * same part takes its base form too, when the word after it shows it is a verb ("and grans house" is left). Returns
     * the index of the last word written to {@code out}.
     */
    static int andVerb(String[] words, int at, StringBuilder out, boolean partEnded) {
        if (partEnded) {
            return at;
        }
        for (int j = at + 1; j + 1 < words.length; j++) {
            if (words[j].equals("and") || words[j].equals("or")) {
                String verb = words[j + 1];
                String bare = verb.replaceAll("[,;.]+$", "");
                String base = FearInTheFuture.base(bare);
                String after = j + 2 < words.length ? words[j + 2].replaceAll("[,;.]+$", "") : "";
                // "and rings Mum", "and hides when ...": an object, a family word or a name with its capital follows.
                boolean aVerb = !base.isEmpty() && !base.equals("be") && (bare.length() < verb.length()
                        || AFTER_A_VERB.contains(after.toLowerCase(Locale.ROOT)) || RELATIONS.contains(after.toLowerCase(Locale.ROOT))
                        || !after.isEmpty() && Character.isUpperCase(after.charAt(0)));
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
            // "nan pearl does", "Grandma Jean picks": a known name, or a word with a capital, after the relation is part of
            // the subject.
            String next = i + 1 < words.length ? words[i + 1] : "";
            if (!next.isEmpty() && (known.contains(next.toLowerCase(Locale.ROOT))
                    || Character.isUpperCase(next.charAt(0)) && next.chars().allMatch(Character::isLetter))) {
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
