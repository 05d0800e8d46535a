package org.practiceassistant.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The source documents the pack was converted from, as one normalised text, for checking that pack
 * text is quoted, not invented. Normalising drops what conversion legitimately changes: HTML tags,
 * case, quotes, dashes, bullets, punctuation and whitespace; what remains is the words in order.
 */
final class SourceDocuments {

    /**
     * A passage may join pieces the extraction split apart (a table cell printed over two rows, a
     * bullet and the line that introduces it); each piece must still be a verbatim run of at least
     * this many words, so a few common words cannot add up to invented guidance.
     */
    static final int MIN_RUN_WORDS = 4;

    /** Where the source documents are: beside the repository, or beside the folder of worktrees. */
    static final List<Path> CANDIDATE_FOLDERS = List.of(Path.of("../shared/seeds"), Path.of("../../shared/seeds"));

    private final String text;
    /** Every table cell and line of the sources on its own: a short piece is quoted only if it is a whole one. */
    private final Set<String> cells;

    private SourceDocuments(String text, Set<String> cells) {
        this.text = text;
        this.cells = cells;
    }

    static Optional<Path> folder() {
        return CANDIDATE_FOLDERS.stream().filter(Files::isDirectory).findFirst();
    }

    static SourceDocuments read(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            String all = files.filter(file -> file.toString().endsWith(".txt")).sorted()
                    .map(SourceDocuments::readString).collect(Collectors.joining("\n"));
            Set<String> cells = Arrays.stream(all.split("[\t\n]")).map(SourceDocuments::normalise)
                    .filter(cell -> !cell.isEmpty()).collect(Collectors.toSet());
            return new SourceDocuments(" " + normalise(all) + " ", cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String normalise(String text) {
        String noTags = text.replaceAll("</?[a-zA-Z][^>]*>", " ").replace("&amp;", "&").replace("&nbsp;", " ");
        String folded = Normalizer.normalize(noTags, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * Whether the text is made of verbatim runs of the sources, each at least {@link #MIN_RUN_WORDS}
     * words, or a whole table cell or line of them (the tail of a cell the extraction printed on the
     * next row, such as "conference.").
     */
    boolean covers(String candidate) {
        String[] words = normalise(candidate).split(" ");
        if (words.length == 0 || words[0].isEmpty()) {
            return true;
        }
        if (contains(words, 0, words.length)) {
            return true;
        }
        int start = 0;
        while (start < words.length) {
            int end = start;
            while (end < words.length && contains(words, start, end + 1)) {
                end++;
            }
            int run = end - start;
            boolean wholeCell = cells.contains(String.join(" ", Arrays.copyOfRange(words, start, end)));
            if (run == 0 || (run < MIN_RUN_WORDS && !wholeCell)) {
                return false;
            }
            start = end;
        }
        return true;
    }

    /**
     * Where the text's longest verbatim opening that starts in {@code [from, before)} starts; -1 when
     * not even its first {@link #MIN_RUN_WORDS} words do. Using the longest opening tells apart two
     * descriptors that start alike.
     */
    int indexOf(String candidate, int from, int before) {
        String[] words = normalise(candidate).split(" ");
        int at = -1;
        for (int end = 1; end <= words.length; end++) {
            int found = text.indexOf(" " + String.join(" ", Arrays.copyOfRange(words, 0, end)) + " ", from);
            if (found < 0 || found >= before) {
                return end > Math.min(MIN_RUN_WORDS, words.length) ? at : -1;
            }
            at = found;
        }
        return at;
    }

    private boolean contains(String[] words, int from, int to) {
        return text.contains(" " + String.join(" ", Arrays.copyOfRange(words, from, to)) + " ");
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
