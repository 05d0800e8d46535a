package org.practiceassistant.knowledge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pack's "also asked as" file: for a passage, the ways practitioners ask for it ("when is the first
 * home visit" for a visiting timescale), which Ask searches as well as the passage's own words. Azure's
 * custom question answering keeps alternative questions per answer; these are ours, in a file the
 * authority owns and edits.
 *
 * <p>Each entry names its passage the way a content owner sees it, not by id: the pack file it is in,
 * optionally the heading it sits under, and a phrase quoted from it. The phrase must pick out exactly one
 * passage, or loading stops naming the file and line, as for every other pack file.
 */
public final class AlternativeQuestions {

    /** The manifest's resource id for the file. */
    public static final String RESOURCE = "also-asked";

    /** Longer than any question a practitioner types into Teams; a longer line is a pasting mistake. */
    static final int MAX_QUESTION_LENGTH = 300;

    private AlternativeQuestions() {}

    /** One entry of the file. */
    record Entry(String file, String section, String passage, List<String> asked) {}

    /**
     * Reads and checks the file against the pack's passages.
     *
     * @return the alternative questions by passage id, in file order
     * @throws KnowledgePackException naming the file and line of the first entry that is malformed or
     *     does not pick out exactly one passage
     */
    public static Map<String, List<String>> read(Path file, List<Passage> passages) {
        Entry[] entries = YamlFiles.read(file, Entry[].class);
        // Each passage made plain once, not once per entry: the file has hundreds of entries and the pack
        // hundreds of passages, and making them plain again for every entry was most of loading the pack.
        List<Plain> plain = passages.stream().map(Plain::of).toList();
        // The passages of each file named, found once per file rather than once per entry (most entries name a file).
        Map<String, List<Plain>> inFile = new HashMap<>();
        Map<String, List<String>> byPassage = new LinkedHashMap<>();
        for (int i = 0; i < entries.length; i++) {
            Entry entry = entries[i];
            String pointer = "/" + i;
            if (entry == null || entry.passage() == null || entry.passage().isBlank()) {
                throw YamlFiles.problemAt(file, pointer, "an entry needs 'passage:', a phrase quoted from the passage");
            }
            if (entry.asked() == null || entry.asked().isEmpty()) {
                throw YamlFiles.problemAt(file, pointer, "an entry needs 'asked:', a list of questions");
            }
            for (int j = 0; j < entry.asked().size(); j++) {
                String question = entry.asked().get(j);
                if (question == null || question.isBlank() || question.length() > MAX_QUESTION_LENGTH) {
                    throw YamlFiles.problemAt(file, pointer + "/asked/" + j,
                            "a question must have text, at most " + MAX_QUESTION_LENGTH + " characters");
                }
            }
            List<Plain> candidates = entry.file() == null ? plain
                    : inFile.computeIfAbsent(stem(entry.file()), stem -> inFile(stem, plain));
            Passage passage = onePassage(file, pointer, entry, candidates);
            byPassage.computeIfAbsent(passage.id(), id -> new ArrayList<>()).addAll(entry.asked().stream().map(String::strip).toList());
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        byPassage.forEach((id, questions) -> frozen.put(id, List.copyOf(questions)));
        return Collections.unmodifiableMap(frozen);
    }

    /** The passages whose id holds the file's stem: the passages of that file. */
    private static List<Plain> inFile(String stem, List<Plain> passages) {
        return passages.stream().filter(passage -> passage.passage().id().contains(stem)).toList();
    }

    /** The one passage of {@code passages} (those of the entry's file, when it names one) the entry's phrase picks out. */
    private static Passage onePassage(Path file, String pointer, Entry entry, List<Plain> passages) {
        String phrase = plain(entry.passage());
        String section = entry.section() == null ? null : plain(entry.section());
        List<Passage> matches = new ArrayList<>();
        for (Plain passage : passages) {
            if (section != null && !passage.headings().contains(section)) {
                continue;
            }
            if (passage.text().contains(phrase)) {
                matches.add(passage.passage());
            }
        }
        String where = (entry.file() == null ? "the pack" : entry.file())
                + (entry.section() == null ? "" : " under '" + entry.section() + "'");
        if (matches.isEmpty()) {
            throw YamlFiles.problemAt(file, pointer + "/passage",
                    "no passage in " + where + " contains '" + entry.passage() + "'; quote the passage word for word");
        }
        if (matches.size() > 1) {
            throw YamlFiles.problemAt(file, pointer + "/passage", matches.size() + " passages in " + where
                    + " contain '" + entry.passage() + "'; quote more of the one you mean");
        }
        return matches.getFirst();
    }

    /** A passage with its text and headings as {@link #plain(String)} makes them, for comparing with entries. */
    private record Plain(Passage passage, String text, List<String> headings) {
        static Plain of(Passage passage) {
            return new Plain(passage, plain(passage.text()),
                    passage.headingPath().stream().map(AlternativeQuestions::plain).toList());
        }
    }

    private static String stem(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Lower case, straight quotes and dashes, single spaces: how a quoted phrase is compared. One pass, linear. */
    static String plain(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u02bc' -> c = '\'';
                case '\u201c', '\u201d' -> c = '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015' -> c = '-';
                case '*', '_' -> {
                    continue;
                }
                default -> { }
            }
            if (Character.isWhitespace(c)) {
                space = plain.length() > 0;
                continue;
            }
            if (space) {
                plain.append(' ');
                space = false;
            }
            plain.append(Character.toLowerCase(c));
        }
        return plain.toString().toLowerCase(Locale.ROOT);
    }
}
