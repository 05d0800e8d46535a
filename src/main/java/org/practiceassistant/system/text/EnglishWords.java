package org.practiceassistant.system.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Ordinary English words (SCOWL size 50, British; see {@code system/text/english-words.NOTICE} beside the list): a
 * word on it is a word someone meant, never a typo to correct. Read once, on first use. Shared (Ask's spelling, the coach's
 * request words and the edge's small talk guard their slip reading with it; Check's may), so it lives under {@code system/}.
 */
public final class EnglishWords {

    private static final String LIST = "system/text/english-words.txt.gz";

    private EnglishWords() {}

    /** True when {@code lowercaseWord} is on the list. */
    public static boolean contains(String lowercaseWord) {
        return Holder.WORDS.contains(lowercaseWord);
    }

    /** Lazy: the list is read the first time a word is looked up. */
    private static final class Holder {
        static final Set<String> WORDS = read();
    }

    private static Set<String> read() {
        try (InputStream in = EnglishWords.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is not on the class path");
            }
            Set<String> words = new HashSet<>(100_000);
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
                lines.lines().forEach(words::add);
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LIST, e);
        }
    }
}
