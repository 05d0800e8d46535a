package org.practiceassistant.draft;

import java.util.List;
import java.util.Locale;

/**
 * Who will act, as the goal's first words say them, from the network answer as workers type it: the people without
 * the notes added about them ("Not sure yet - ...", "... and she hasn't been asked", "idk who else"), a person not
 * known yet left out, the list closed with "and", and anything more said after them as sentences of their own.
 */
final class WhoWillAct {

    private WhoWillAct() {}

    /**
     * "Donna, Sam, Ms Reid from the virtual school": a list of people said with commas only closes with "and",
     * as a list is written ("Donna, Sam and Ms Reid ..."). Left alone when it already has an "and" or "&", or
     * when a comma sits inside brackets.
     */
    static String listed(String people) {
        List<String> items = commaItems(people);
        if (items.size() < 2) {
            return people;
        }
        String last = items.getLast().strip();
        String lowerLast = last.toLowerCase(Locale.ROOT);
        if (lowerLast.contains("and ") || lowerLast.contains("& ") || last.isEmpty()) {
            return people; // "Mum, Nan and Uncle Pete": closed already
        }
        String before = String.join(",", items.subList(0, items.size() - 1)).strip();
        // "Ewa and her husband Tomasz, Anna": after a pair joined by "and", the last one is set apart with ", and".
        String join = before.toLowerCase(Locale.ROOT).contains(" and ") ? ", and " : " and ";
        // "me" among them, the subject of "will work together", is "I".
        return (before + join + last).replace(", me,", ", I,").replace(", me and ", ", I and ").replaceAll(" and me$", " and I");
    }

    /**
     * The network answer as who will act and anything said after them: "Bethan, Ffion. The OT" is "Bethan, Ffion
     * and the OT"; a longer second sentence ("Ryan said he could have the children one weekend a month.")
     * follows the goal's first sentence as a sentence of its own (returned with its trailing space).
     */
    static String[] whoAndMore(String network) {
        var parts = ActionLines.sentences(network.strip().replace('\n', ' '));
        if (parts.size() <= 1 || parts.getFirst().isBlank()) {
            return new String[] {StatementComposer.trimEnd(StatementComposer.capitalise(network)), ""};
        }
        String first = StatementComposer.trimEnd(StatementComposer.capitalise(parts.getFirst()));
        var more = new java.util.ArrayList<String>();
        for (String part : parts.subList(1, parts.size())) {
            if (isRemark(part)) {
                // "They've all offered", "Need to ask mum who else": a note about the people, said as a sentence
                // only when it says something, and never when it says what is not known yet.
                if (!unknown(part) && part.strip().split("\\s+").length > 1) {
                    more.add(part);
                }
            } else if (more.isEmpty() && part.split("\\s+").length <= 6 && !part.toLowerCase(Locale.ROOT).contains(" will ")) {
                first = first + " and " + StatementComposer.lowerFirstWord(StatementComposer.trimEnd(part)); // "Bethan, Ffion. The OT": one more person
            } else {
                more.add(part);
            }
        }
        return new String[] {first, more.isEmpty() ? "" : StatementComposer.sentence(String.join(". ", more)) + " "};
    }

    /** Words a note about the people opens with, rather than another person: "They've all offered", "Need to ask". */
    private static final List<String> REMARK_OPENINGS = List.of("they ", "they've", "theyve", "they're", "theyre", "she ",
            "she's", "he ", "he's", "we ", "i ", "it ", "need ", "needs ", "not ", "idk", "tbc", "unknown", "who else",
            "still ", "all ", "both ", "haven't", "havent", "hasn't", "hasnt");
    /* Not knowing yet as the coach reads it everywhere, and what a list of people says of one not yet asked. */
    private static final List<String> UNKNOWN_WORDS = java.util.stream.Stream.concat(NotKnownWords.NOT_KNOWN.stream(),
            java.util.stream.Stream.of("who else", "been asked", "to confirm", "if she can", "if he can", "if they can",
                    "need to ask", "needs to ask", "to find out")).toList();

    static boolean isRemark(String part) {
        String lower = part.strip().toLowerCase(Locale.ROOT);
        return REMARK_OPENINGS.stream().anyMatch(lower::startsWith) || unknown(part);
    }

    private static boolean unknown(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        return UNKNOWN_WORDS.stream().anyMatch(lower::contains);
    }

    /**
     * "Not sure yet - mum Fatima, aunt Hodan", "Them - Marek, Ewa", "Them (Pat, Ron, Karen), Ryan": the people, without
     * the words before them.
     */
    static String withoutHedge(String network) {
        String t = network.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("them (") && t.indexOf(')') > 0) {
            int close = t.indexOf(')');
            return (t.substring(6, close) + t.substring(close + 1)).strip();
        }
        for (String hedge : List.of("not sure yet", "not sure", "idk", "unsure", "them", "so far", "at the moment",
                "currently", "for now")) {
            if (lower.startsWith(hedge)) {
                String rest = t.substring(hedge.length()).stripLeading();
                for (String mark : List.of("- ", "\u2013 ", ": ", ", ", "-")) {
                    if (rest.startsWith(mark) && rest.length() > mark.length()) {
                        return rest.substring(mark.length()).strip();
                    }
                }
            }
        }
        return t;
    }

    /**
     * "Kirsty, Laura, baby's dad not known yet": a person the worker does not know yet cannot act, so the goal
     * leaves them out of who will work together (the worker's answer keeps them, to find out).
     */
    static String withoutUnknownPeople(String network) {
        List<String> items = commaItems(network);
        var kept = new java.util.ArrayList<String>();
        for (String item : items) {
            String lower = item.strip().toLowerCase(Locale.ROOT).replaceAll("[.;\\s]+$", "");
            boolean unknown = UNKNOWN_ENDINGS.stream().anyMatch(lower::endsWith) || (items.size() > 1 || lower.contains(" and "))
                    && (unknown(item) && !lower.contains(" and ") || lower.startsWith("and ") && isRemark(item.strip().substring(4)));
            if (unknown) {
                continue;
            }
            // "Shaz from upstairs and they all said they would help": the person, without the note joined by "and".
            int and = lower.lastIndexOf(" and ");
            if (and > 0 && isRemark(item.strip().substring(and + 5))) {
                kept.add(item.substring(0, item.toLowerCase(Locale.ROOT).lastIndexOf(" and ")));
            } else {
                kept.add(item);
            }
        }
        if (kept.isEmpty() || kept.equals(items)) {
            return network;
        }
        String last = kept.removeLast().strip();
        // The list closes with "and", as a list of people is said; unless its last item already holds one.
        boolean closed = last.contains(" and ") || last.toLowerCase(Locale.ROOT).startsWith("and ");
        return kept.isEmpty() ? last.replaceFirst("^(?i)and ", "") : String.join(",", kept).strip() + (closed ? ", " : " and ") + last;
    }

    /** The items of a list parted by commas, a comma inside brackets not parting them ("Brenda (Craig's mum, 64)"). */
    static List<String> commaItems(String list) {
        var items = new java.util.ArrayList<String>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            if (c == ',' && depth == 0) {
                items.add(list.substring(start, i));
                start = i + 1;
            }
        }
        items.add(list.substring(start));
        return items;
    }

    private static final java.util.List<String> UNKNOWN_ENDINGS = java.util.List.of(" not known", " not known yet",
            " unknown", " tbc", " to be confirmed", " not yet known", " not identified", " not identified yet");
}
