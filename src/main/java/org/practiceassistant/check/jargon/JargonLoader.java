package org.practiceassistant.check.jargon;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code jargon.yaml}: a list of entries with {@code term}, {@code plain} and optional
 * {@code note}, {@code also} and {@code in_text} (read by the drafting coach only). Errors name the file and the line of the offending entry, because the
 * file is edited by hand.
 */
public final class JargonLoader {

    private static final Set<String> FIELDS = Set.of("term", "plain", "note", "also", "in_text", "own", "everyday");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private JargonLoader() {}

    public static JargonList load(String fileName, InputStream in) {
        List<JargonEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (JsonParser parser = YAML.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new JargonFileException(fileName, 1, "the file is empty; expected a list of entries");
            }
            if (first != JsonToken.START_ARRAY) {
                throw new JargonFileException(fileName, line(parser), "expected a list of entries (lines starting with '- term:')");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = line(parser);
                JsonNode node = parser.readValueAsTree();
                JargonEntry entry = entry(fileName, line, node);
                for (String spelling : entry.spellings()) {
                    if (!seen.add(spelling)) {
                        throw new JargonFileException(fileName, line, "'" + spelling + "' is listed twice");
                    }
                }
                entries.add(entry);
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw new JargonFileException(fileName, line(parser), "each entry must be a mapping with term and plain");
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new JargonFileException(fileName, line, "not valid YAML: " + e.getOriginalMessage(), e);
        }
        if (entries.isEmpty()) {
            throw new JargonFileException(fileName, 1, "no entries");
        }
        return new JargonList(entries);
    }

    public static JargonList load(String fileName, org.springframework.core.io.Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return load(fileName, in);
        } catch (IOException e) {
            throw new JargonFileException(fileName, 0, "cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static JargonEntry entry(String file, int line, JsonNode node) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!FIELDS.contains(field.getKey())) {
                throw new JargonFileException(file, line, "unknown field '" + field.getKey() + "' (allowed: term, plain, note, also, in_text, own, everyday)");
            }
        }
        String term = text(file, line, node, "term", true);
        String plain = text(file, line, node, "plain", true);
        String note = text(file, line, node, "note", false);
        String inText = text(file, line, node, "in_text", false);
        List<String> also = new ArrayList<>();
        JsonNode alsoNode = node.get("also");
        if (alsoNode != null) {
            if (!alsoNode.isArray()) {
                throw new JargonFileException(file, line, "'also' must be a list, for example also: [S47, s.47]");
            }
            for (JsonNode spelling : alsoNode) {
                if (!spelling.isValueNode() || spelling.asString().isBlank()) {
                    throw new JargonFileException(file, line, "'also' holds an empty or non-text spelling");
                }
                also.add(spelling.asString().strip());
            }
        }
        return new JargonEntry(term, plain, note, also, line, inText, flag(file, line, node, "own"), flag(file, line, node, "everyday"));
    }

    private static boolean flag(String file, int line, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value != null && !value.isBoolean()) {
            throw new JargonFileException(file, line, "'" + field + "' must be true or false");
        }
        return value != null && value.asBoolean();
    }

    private static String text(String file, int line, JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new JargonFileException(file, line, "entry has no '" + field + "'");
            }
            return "";
        }
        if (!value.isValueNode() || value.asString().isBlank()) {
            throw new JargonFileException(file, line, "'" + field + "' must be non-empty text");
        }
        return value.asString();
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
