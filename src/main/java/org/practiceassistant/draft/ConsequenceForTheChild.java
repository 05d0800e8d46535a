package org.practiceassistant.draft;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A fear with the worker's own condition ("if jayden doesnt understand why he is in care he will keep thinking it is his
 * fault", "if chantelles mood gets worse, the kids will be left ..."): what will happen is said of the children by name,
 * as a statement names the child it is about, with a comma where the condition ends. A "he" or "she" is the child's only
 * when the condition opens with the one child's name ("if jayden ..."), so "if dad drinks he will ..." is left as typed;
 * "the kids" or "the children" are the worry's children when there are several. Only a subject straight before "will",
 * "could" and the like is changed. Read word by word.
 */
final class ConsequenceForTheChild {

    private ConsequenceForTheChild() {}

    private static final Set<String> MODALS = Set.of("will", "could", "may", "might", "would", "wont", "won't", "won\u2019t");
    private static final Set<String> ONE_CHILD = Set.of("he", "she");
    private static final List<String> THE_CHILDREN = List.of("the kids", "the children", "both kids", "both children");

    static String said(String fear, List<String> children) {
        String f = fear.strip();
        String[] words = f.split(" ", -1);
        if (children.isEmpty() || words.length < 4 || !words[0].equalsIgnoreCase("if")) {
            return f;
        }
        boolean oneChildsCondition = children.size() == 1 && words[1].replaceAll("[^\\p{L}'-]", "").equalsIgnoreCase(children.getFirst());
        for (int i = 2; i + 1 < words.length; i++) {
            String word = words[i].toLowerCase(Locale.ROOT);
            if (oneChildsCondition && ONE_CHILD.contains(word) && MODALS.contains(words[i + 1].toLowerCase(Locale.ROOT))) {
                return withSubject(words, i, 1, children.getFirst());
            }
            if (children.size() > 1 && i + 2 < words.length && THE_CHILDREN.contains(word + " " + words[i + 1].toLowerCase(Locale.ROOT))
                    && MODALS.contains(words[i + 2].toLowerCase(Locale.ROOT))) {
                return withSubject(words, i, 2, String.join(", ", children.subList(0, children.size() - 1)) + " and "
                        + children.getLast());
            }
        }
        return f;
    }

    /**
     * "if Chantelle's mood gets worse, Harvey and Ruby will be left alone" said with what will happen to the children
     * first and the worker's condition after it: "Harvey and Ruby will be left alone when Chantelle's mood gets worse". The
     * statement then says "if nothing changes," once before the children, as Check reads what a worry will mean for a child
     * (the child by name, then "will" or "could", straight after it), and the worker's "if" is not a second condition in
     * front of the first. Empty unless the fear opens with "if" and the children, by name, start what will happen after a
     * comma. Read by plain search, no pattern.
     */
    static java.util.Optional<String> childrenFirst(String fear, List<String> children) {
        String f = fear.strip();
        if (children.isEmpty() || !f.regionMatches(true, 0, "if ", 0, 3)) {
            return java.util.Optional.empty();
        }
        var subjects = new java.util.ArrayList<String>(children);
        if (children.size() > 1) {
            subjects.add(0, String.join(", ", children.subList(0, children.size() - 1)) + " and " + children.getLast());
        }
        String lower = f.toLowerCase(Locale.ROOT);
        for (String subject : subjects) {
            String marker = ", " + subject.toLowerCase(Locale.ROOT) + " ";
            int at = lower.indexOf(marker);
            if (at < 0) {
                continue;
            }
            int verbStart = at + marker.length();
            int verbEnd = lower.indexOf(' ', verbStart);
            if (verbEnd < 0 || !MODALS.contains(lower.substring(verbStart, verbEnd))) {
                continue;
            }
            String condition = f.substring(3, at).strip();
            String consequence = f.substring(at + 2).strip();
            int end = consequence.length();
            while (end > 0 && ".!;".indexOf(consequence.charAt(end - 1)) >= 0) {
                end--;
            }
            String said = consequence.substring(0, end);
            // Said after several sentences, the condition would hold only for the last; a consequence with a "when" of its
            // own would stack two ("hurt when he is angry when Dad keeps drinking"): both left as the worker put them.
            return said.contains(". ") || condition.contains(". ") || said.toLowerCase(Locale.ROOT).contains(" when ")
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(said + " when " + condition);
        }
        return java.util.Optional.empty();
    }

    /** True when {@link #said} will say what happens of the children by name. */
    /** Words that open a cause about the child or the worker themselves, which is left as typed. */
    private static final java.util.Set<String> NOT_A_CAUSE = java.util.Set.of("he", "she", "they", "i", "we", "it", "if",
            "when", "and", "or");
    private static final int CAUSE_MAX_WORDS = 12;

    /**
     * "the placement will end and Kai will move again, he will think nobody wants him": what happens to the child comes
     * second, after what causes it, and Check reads the child straight after "if nothing changes". Said with the child
     * first and the cause after "because" ("Kai will move again because the placement will end, he will ..."): the same
     * words, in the order the statement needs. Only a short cause with its own "will" and no child in it, no comma before
     * the child, and the child by first name; anything else is left as typed.
     */
    static java.util.Optional<String> childBeforeTheCause(String fear, List<String> children) {
        String lower = fear.toLowerCase(java.util.Locale.ROOT);
        for (String child : children) {
            if (child.isEmpty()) {
                continue;
            }
            String name = child.toLowerCase(java.util.Locale.ROOT);
            int at = lower.indexOf(" and " + name + " will ");
            if (at <= 0) {
                continue;
            }
            String cause = fear.substring(0, at).strip();
            String[] words = cause.toLowerCase(java.util.Locale.ROOT).split("\\s+");
            boolean aCause = words.length >= 3 && words.length <= CAUSE_MAX_WORDS && !NOT_A_CAUSE.contains(words[0])
                    && (" " + cause.toLowerCase(java.util.Locale.ROOT) + " ").contains(" will ") && !cause.contains(",")
                    && children.stream().noneMatch(c -> !c.isEmpty()
                            && (" " + cause.toLowerCase(java.util.Locale.ROOT) + " ").contains(" " + c.toLowerCase(java.util.Locale.ROOT)));
            if (!aCause) {
                continue;
            }
            String after = fear.substring(at + " and ".length()).strip();
            int comma = after.indexOf(',');
            String happens = comma < 0 ? after : after.substring(0, comma);
            String tail = comma < 0 ? "" : after.substring(comma);
            return java.util.Optional.of(child + happens.substring(child.length()) + " because "
                    + StatementComposer.lowerFirstWord(cause) + tail);
        }
        return java.util.Optional.empty();
    }

    static boolean namesThem(String fear, List<String> children) {
        return !said(fear, children).equals(fear.strip());
    }

    /** The words with {@code count} of them from {@code at} replaced by the names, the condition closed by a comma. */
    private static String withSubject(String[] words, int at, int count, String names) {
        var out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            if (i == at) {
                out.append(names);
                i += count - 1;
                continue;
            }
            out.append(words[i]);
            if (i == at - 1 && !words[i].isEmpty() && Character.isLetterOrDigit(words[i].charAt(words[i].length() - 1))) {
                out.append(',');
            }
        }
        return out.toString();
    }
}
