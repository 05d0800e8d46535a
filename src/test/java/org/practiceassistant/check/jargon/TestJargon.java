package org.practiceassistant.check.jargon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real knowledge/jargon.yaml, loaded once for unit tests. */
public final class TestJargon {

    public static final JargonList LIST = load();

    private TestJargon() {}

    private static JargonList load() {
        try (InputStream in = Files.newInputStream(Path.of("knowledge/jargon.yaml"))) {
            return JargonLoader.load("knowledge/jargon.yaml", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
