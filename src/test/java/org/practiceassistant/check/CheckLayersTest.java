package org.practiceassistant.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The floors inside check/, read from the sources' imports: the API (this package) and the text
 * analysis import nothing of check; the jargon list only the text analysis; the rules the API, text and
 * jargon; only the entry points (feature, controller) may import the rules. No import runs back up.
 */
class CheckLayersTest {

    private static final Path ROOT = Path.of("src/main/java/org/practiceassistant/check");
    private static final Pattern CHECK_IMPORT = Pattern.compile("^import (?:static )?org\\.practiceassistant\\.check((?:\\.[a-z]+)*)\\.[A-Z]",
            Pattern.MULTILINE);

    /* Package (relative to check, "" for the API) -> the check packages it may import. */
    private static final Map<String, Set<String>> MAY_IMPORT = Map.of(
            "", Set.of(),
            "text", Set.of(),
            "jargon", Set.of("text"),
            "rules", Set.of("", "text", "jargon"),
            "entry", Set.of("", "text", "jargon", "rules"));

    @Test
    void noImportRunsBackUpInsideCheck() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(ROOT)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertThat(sources).hasSizeGreaterThan(40);
        for (Path source : sources) {
            String pkg = ROOT.relativize(source.getParent()).toString().replace('/', '.');
            assertThat(MAY_IMPORT).as("a package inside check with no floor: " + pkg).containsKey(pkg);
            Matcher m = CHECK_IMPORT.matcher(Files.readString(source));
            while (m.find()) {
                String imported = m.group(1).isEmpty() ? "" : m.group(1).substring(1);
                if (!imported.equals(pkg) && !MAY_IMPORT.get(pkg).contains(imported)) {
                    wrong.add(ROOT.relativize(source) + " imports check." + imported);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
