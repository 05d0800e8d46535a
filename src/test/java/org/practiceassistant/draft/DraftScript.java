package org.practiceassistant.draft;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One scripted mapping from {@code tests-data/draft/}: what the worker types or clicks, and phrases the
 * replies must contain.
 *
 * @param adapter true for the scripts also run through the real Bot Framework adapter
 */
public record DraftScript(String name, String service, String vocabulary, Boolean adapter, List<Turn> turns) {

    public static final Path FOLDER = Path.of("tests-data", "draft");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    public DraftScript {
        adapter = Boolean.TRUE.equals(adapter);
        turns = List.copyOf(turns);
        if (turns.isEmpty()) {
            throw new IllegalArgumentException("script " + name + " has no turns");
        }
    }

    /**
     * One turn: exactly one of {@code say} (typed text) or {@code click} (the caption of a button on the
     * previous turn's replies).
     */
    public record Turn(String say, String click, List<String> expect) {
        public Turn {
            if ((say == null) == (click == null)) {
                throw new IllegalArgumentException("a turn either says something or clicks a button: " + say + " / " + click);
            }
            expect = expect == null ? List.of() : List.copyOf(expect);
        }

        public String describe() {
            return say != null ? "say \"" + say + "\"" : "click [" + click + "]";
        }
    }

    public static List<DraftScript> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().map(DraftScript::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DraftScript read(Path file) {
        try {
            return YAML.readValue(file.toFile(), DraftScript.class);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot read script " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
