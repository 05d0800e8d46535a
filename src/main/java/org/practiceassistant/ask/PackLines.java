package org.practiceassistant.ask;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A pack file of one entry a line ({@code not-covered.txt}, {@code not-covered-topics.txt}): the entries,
 * stripped, without blank lines and {@code #} notes, each with its line number for the errors that name it.
 */
record PackLines(int number, String text) {

    static List<PackLines> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        List<PackLines> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                entries.add(new PackLines(i + 1, line));
            }
        }
        return List.copyOf(entries);
    }
}
