package org.practiceassistant.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the pack's YAML files and finds the line a value is on, so that errors found after binding
 * (a criterion with no descriptors, an unknown grade) still name the line a content owner must fix.
 */
final class YamlFiles {

    // Unknown keys fail: in a hand-edited file they are almost always typos that would silently drop content.
    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private YamlFiles() {
    }

    // Read through NIO streams, not java.io.File: the embedded pack is a path inside the application jar.
    static <T> T read(Path file, Class<T> type) {
        try (InputStream in = Files.newInputStream(file)) {
            T value = MAPPER.readValue(in, type);
            if (value == null) {
                throw new KnowledgePackException(file, 1, "the file is empty");
            }
            return value;
        } catch (DatabindException e) {
            // The parser's position is often past the offending value (records are built once all
            // their properties are read), so the value's path locates it better.
            String pointer = pointerOf(e.getPath());
            int line = pointer.isEmpty() ? lineOf(e.getLocation()) : lineOf(file, pointer);
            throw new KnowledgePackException(file, line, e.getOriginalMessage(), e);
        } catch (JacksonException e) {
            throw new KnowledgePackException(file, lineOf(e.getLocation()), e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new KnowledgePackException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static String pointerOf(List<JacksonException.Reference> path) {
        var pointer = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            pointer.append('/').append(reference.getPropertyName() != null
                    ? reference.getPropertyName().replace("~", "~0").replace("/", "~1")
                    : String.valueOf(reference.getIndex()));
        }
        return pointer.toString();
    }

    /** A {@link KnowledgePackException} at the line of the value at {@code pointer} (for example {@code /sections/2/criteria/0}). */
    static KnowledgePackException problemAt(Path file, String pointer, String problem) {
        return new KnowledgePackException(file, lineOf(file, pointer), problem);
    }

    /**
     * The 1-based line of the value at a JSON pointer, or of its nearest ancestor that exists; 0 when
     * the file cannot be read again.
     */
    static int lineOf(Path file, String pointer) {
        String wanted = pointer;
        while (true) {
            Optional<Integer> line = find(file, wanted);
            if (line.isPresent()) {
                return line.get();
            }
            if (wanted.isEmpty()) {
                return 0;
            }
            wanted = wanted.substring(0, wanted.lastIndexOf('/'));
        }
    }

    private static Optional<Integer> find(Path file, String pointer) {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = MAPPER.createParser(in)) {
            if (parser.nextToken() == null) {
                return Optional.empty();
            }
            return find(parser, "", pointer);
        } catch (JacksonException | IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> find(JsonParser parser, String here, String wanted) {
        if (here.equals(wanted)) {
            return Optional.of(lineOf(parser.currentTokenLocation()));
        }
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String child = here + "/" + parser.currentName().replace("~", "~0").replace("/", "~1");
                int keyLine = lineOf(parser.currentTokenLocation());
                parser.nextToken();
                if (child.equals(wanted)) {
                    return Optional.of(keyLine);
                }
                Optional<Integer> found = find(parser, child, wanted);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (token == JsonToken.START_ARRAY) {
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                Optional<Integer> found = find(parser, here + "/" + index++, wanted);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static int lineOf(TokenStreamLocation location) {
        return location == null ? 0 : Math.max(location.getLineNr(), 0);
    }
}
