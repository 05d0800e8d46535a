package org.practiceassistant.draft;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "right now jay comes home and doesnt know what state dads going to be in. when its good dad is sober in the evenings,
 * they eat tea together": workers describe a child's life now and when it's good in one answer, as the mapping's own
 * question about the future invites. The part after "when it's good" is the picture of safety: it belongs in the goal, said
 * of the future ("dad will be sober in the evenings, they will eat tea together"), where Check reads who will be seen doing
 * what; in a statement it is no fear, so the statement keeps the part before it. Nothing is added to the worker's words:
 * the verbs that open each part take "will". Read once, word by word.
 */
final class WhenItsGood {

    private WhenItsGood() {}

    /** The ways the good picture is opened, with chat's missing apostrophes. */
    private static final List<String> LEADS = List.of("when its good", "when it's good", "when it is good",
            "when things are good", "when things are better", "when its going well", "when it's going well",
            "when things are going well", "what good looks like is", "what good looks like");

    /** Where the good picture's lead starts and ends in {@code answer}, or null when it has none. */
    private static int[] lead(String answer) {
        String lower = answer.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (String lead : LEADS) {
            int at = lower.indexOf(lead);
            while (at >= 0) {
                boolean wordStart = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
                int end = at + lead.length();
                boolean wordEnd = end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
                if (wordStart && wordEnd) {
                    return new int[] {at, end};
                }
                at = lower.indexOf(lead, at + 1);
            }
        }
        return null;
    }

    /** The answer without its good picture, when there is something before it; else the answer as typed. */
    static String now(String answer) {
        int[] lead = lead(answer);
        if (lead == null) {
            return answer;
        }
        String before = answer.substring(0, lead[0]).strip().replaceAll("[.;,:\\-\\s]+$", "");
        String withoutNow = before.replaceFirst("(?i)^(?:right now|now|at the moment|currently)\\b[,:]?\\s*", "");
        return withoutNow.split("\\s+").length >= 3 ? withoutNow : answer;
    }

    /** "When things are good, dad will be sober ...": the good picture said of the future, or the answer as typed. */
    static String goodInTheFuture(String answer, List<String> names, java.util.function.UnaryOperator<String> named) {
        int[] lead = lead(answer);
        if (lead == null) {
            return answer;
        }
        String good = answer.substring(lead[1]).replaceFirst("^[\\s,:\\-]+", "").strip();
        if (good.split("\\s+").length < 3) {
            return answer;
        }
        return "When things are good, " + StatementComposer.lowerFirstWord(named.apply(inTheFuture(good, names)));
    }

    /** Subjects that open a part: "he", "dad", "the kids", a name the mapping knows. */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "you", "it");
    private static final Set<String> ARTICLES = Set.of("the", "his", "her", "their", "our", "my");
    /** Contractions of a pronoun and "is" / "are", typed with or without the apostrophe. */
    private static final Map<String, String> CONTRACTED = Map.ofEntries(Map.entry("hes", "he"), Map.entry("he's", "he"),
            Map.entry("shes", "she"), Map.entry("she's", "she"), Map.entry("theyre", "they"), Map.entry("they're", "they"),
            Map.entry("theres", "there"), Map.entry("there's", "there"));
    /** Present forms said with "will": "is sober" -> "will be sober", "can talk" -> "will talk". */
    private static final Map<String, String> AS_WILL = Map.of("is", "will be", "are", "will be", "can", "will",
            "has", "will have", "have", "will have", "gets", "will get", "knows", "will know");

    /*
     * Part by part (commas, semicolons, full stops, and an "and" before a subject): a part that opens with a subject and a
     * present verb says it with "will". Anything else in the part is left as typed.
     */
    static String inTheFuture(String good, List<String> names) {
        Set<String> known = new java.util.HashSet<>(DoingInTheFuture.RELATIONS);
        names.forEach(n -> known.add(n.toLowerCase(Locale.ROOT)));
        String[] words = good.split(" ", -1);
        var out = new StringBuilder(good.length() + 24);
        boolean partStart = true;
        boolean saidOfSomeone = false;
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            String word = words[i];
            String lower = bare(word).toLowerCase(Locale.ROOT);
            if (partStart && CONTRACTED.containsKey(lower) && bare(word).length() == word.length()) {
                out.append(casedLike(word, CONTRACTED.get(lower))).append(" will be");
                partStart = false;
                continue;
            }
            int verbAt = partStart ? verbAfterSubject(words, i, known) : -1;
            if (verbAt < 0 && partStart && saidOfSomeone && carriedVerb(words, i)) {
                verbAt = i; // "Ellis will know ..., stays with Jan and Phil, goes to the allotment": the same subject goes on
            }
            if (verbAt > 0) {
                for (int j = i; j < verbAt; j++) {
                    out.append(words[j]).append(' ');
                }
                String verb = words[verbAt];
                String b = bare(verb).toLowerCase(Locale.ROOT);
                String base = FearInTheFuture.base(bare(verb));
                // "they eat": after "they", "we" or "I" the verb typed is its base already.
                String will = AS_WILL.containsKey(b) ? AS_WILL.get(b) : "will " + (base.isEmpty() ? bare(verb) : base);
                out.append(will).append(verb.substring(bare(verb).length()));
                i = DoingInTheFuture.andVerb(words, verbAt, out, endsAPart(verb));
                saidOfSomeone = true;
                partStart = endsAPart(words[i]);
                continue;
            }
            out.append(word);
            partStart = endsAPart(word) || word.equals("and") && i + 1 < words.length && opensWithSubject(words, i + 1, known);
        }
        return out.toString();
    }

    /**
     * A part that opens with a present verb and no subject, after a part that had one: "stays with", "goes to", "sees
     * Marie", "has support". Only when the word after it shows it is a verb (an object, a preposition, a name).
     */
    private static boolean carriedVerb(String[] words, int i) {
        String verb = bare(words[i]);
        if (!verb.equals(words[i]) || i + 1 >= words.length) {
            return false;
        }
        String lower = verb.toLowerCase(Locale.ROOT);
        String after = bare(words[i + 1]);
        boolean aVerb = AS_WILL.containsKey(lower) || !FearInTheFuture.base(verb).isEmpty()
                && (DoingInTheFuture.AFTER_A_VERB.contains(after.toLowerCase(Locale.ROOT))
                        || DoingInTheFuture.RELATIONS.contains(after.toLowerCase(Locale.ROOT))
                        || after.length() > 4 && after.endsWith("ing")
                        || !after.isEmpty() && Character.isUpperCase(after.charAt(0)));
        return aVerb && !lower.equals("is") && !lower.equals("are");
    }

    private static boolean opensWithSubject(String[] words, int i, Set<String> known) {
        String lower = bare(words[i]).toLowerCase(Locale.ROOT);
        return CONTRACTED.containsKey(lower) || verbAfterSubject(words, i, known) > 0;
    }

    /** Where a present verb is after a subject opening at {@code i}; -1 when the part opens otherwise. */
    private static int verbAfterSubject(String[] words, int i, Set<String> known) {
        String first = bare(words[i]).toLowerCase(Locale.ROOT);
        if (!first.equals(words[i].toLowerCase(Locale.ROOT))) {
            return -1; // "dad," ends the part at once
        }
        int at;
        if (PRONOUNS.contains(first) || known.contains(first) || first.equals("there")) {
            at = i + 1;
        } else if (ARTICLES.contains(first) && i + 1 < words.length && bare(words[i + 1]).length() == words[i + 1].length()) {
            at = i + 2; // "the kids are", "the baby is"
        } else {
            return -1;
        }
        if (at < words.length && known.contains(bare(words[at]).toLowerCase(Locale.ROOT)) && at == i + 1
                && !PRONOUNS.contains(first)) {
            at++; // "nan pearl rings", "grandma Jean has"
        }
        if (at >= words.length) {
            return -1;
        }
        String verb = bare(words[at]).toLowerCase(Locale.ROOT);
        boolean pronounVerb = PRONOUNS.contains(first) && !first.equals("he") && !first.equals("she") && !first.equals("it");
        if (AS_WILL.containsKey(verb)) {
            return at;
        }
        if (first.equals("there")) {
            return -1;
        }
        if (pronounVerb) {
            // "they eat tea together": after "they", "we" or "I" the present is the bare verb, a word of letters only.
            return verb.equals(words[at]) && verb.chars().allMatch(Character::isLetter) && !NOT_A_VERB.contains(verb) ? at : -1;
        }
        return !FearInTheFuture.base(bare(words[at])).isEmpty() ? at : -1;
    }

    /** Words after "they" that are no verb: "they all", "they never". */
    private static final Set<String> NOT_A_VERB = Set.of("all", "both", "each", "never", "always", "still", "just", "really",
            "also", "too", "dont", "wont", "didnt", "not", "will", "would", "could", "might", "should", "may", "were", "was");

    private static String bare(String word) {
        return word.replaceAll("[,;.:!?]+$", "");
    }

    private static boolean endsAPart(String word) {
        return word.endsWith(",") || word.endsWith(";") || word.endsWith(".");
    }

    private static String casedLike(String typed, String word) {
        return Character.isUpperCase(typed.charAt(0)) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
    }
}
