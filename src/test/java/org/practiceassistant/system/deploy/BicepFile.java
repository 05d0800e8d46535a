package org.practiceassistant.system.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A structural reading of a Bicep file. The Bicep compiler is a .NET program distributed outside the
 * registries this project can reach (the npm packages named after it only download it), so this checks
 * what can be checked without it: strings, comments and brackets are well formed, every statement is a
 * Bicep declaration, every resource names a type with an API version, and every symbol used is declared.
 */
final class BicepFile {

    private static final Pattern DECLARATION =
        Pattern.compile("^(targetScope|param|var|resource|output|module|@\\w+)\\b.*");
    private static final Pattern RESOURCE =
        Pattern.compile("^resource\\s+(\\w+)\\s+'([^']+)'\\s*(existing\\s*)?=\\s*\\{");
    private static final Pattern RESOURCE_TYPE =
        Pattern.compile("[A-Za-z]+\\.[A-Za-z]+(/[A-Za-z]+)+@\\d{4}-\\d{2}-\\d{2}(-preview)?");
    private static final Pattern SYMBOL_DECLARATION = Pattern.compile("^(param|var|resource|output)\\s+(\\w+)");
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{\\s*([A-Za-z_]\\w*)");
    private static final Set<String> FUNCTIONS = Set.of("resourceGroup", "subscription", "environment", "uniqueString",
        "take", "guid", "json", "subscriptionResourceId", "concat", "toLower", "replace");

    final Path path;
    final String text;
    /** The text with comments removed and string contents blanked, so brackets and words can be read safely. */
    private final String code;
    final List<String> problems = new ArrayList<>();
    final Set<String> symbols = new LinkedHashSet<>();
    final List<String> resourceTypes = new ArrayList<>();

    BicepFile(Path path) throws IOException {
        this.path = path;
        this.text = Files.readString(path);
        this.code = blankStringsAndComments(text);
        checkBrackets();
        readStatements();
        checkInterpolations();
    }

    private String blankStringsAndComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                if (end < 0) {
                    problems.add("unterminated block comment");
                    return out.toString();
                }
                i = end + 2;
            } else if (c == '\'') {
                out.append('\'');
                i++;
                boolean closed = false;
                while (i < source.length()) {
                    char s = source.charAt(i);
                    if (s == '\\') {
                        out.append("__");
                        i += 2;
                    } else if (s == '\'') {
                        closed = true;
                        i++;
                        break;
                    } else if (s == '\n') {
                        break;
                    } else {
                        out.append(s == '{' || s == '}' || s == '[' || s == ']' || s == '(' || s == ')' ? '_' : s);
                        i++;
                    }
                }
                if (!closed) {
                    problems.add("unterminated string on line " + line(i));
                }
                out.append('\'');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private void checkBrackets() {
        Deque<Character> open = new ArrayDeque<>();
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            switch (c) {
                case '{', '[', '(' -> open.push(c);
                case '}', ']', ')' -> {
                    char expected = c == '}' ? '{' : c == ']' ? '[' : '(';
                    if (open.isEmpty() || open.pop() != expected) {
                        problems.add("unbalanced '" + c + "' near offset " + i);
                        return;
                    }
                }
                default -> { }
            }
        }
        if (!open.isEmpty()) {
            problems.add(open.size() + " bracket(s) never closed");
        }
    }

    private void readStatements() {
        int depth = 0;
        for (String line : code.split("\n")) {
            String trimmed = line.strip();
            if (depth == 0 && !trimmed.isEmpty() && !trimmed.startsWith(")") && !trimmed.startsWith("}")
                    && !DECLARATION.matcher(trimmed).matches()) {
                problems.add("not a Bicep declaration at top level: " + trimmed);
            }
            if (depth == 0) {
                Matcher declared = SYMBOL_DECLARATION.matcher(trimmed);
                if (declared.find()) {
                    symbols.add(declared.group(2));
                }
            }
            for (char c : line.toCharArray()) {
                depth += c == '{' || c == '[' || c == '(' ? 1 : c == '}' || c == ']' || c == ')' ? -1 : 0;
            }
        }
        // Resource types are inside strings, so read them from the original text.
        for (String line : text.split("\n")) {
            Matcher resource = RESOURCE.matcher(line.strip());
            if (line.strip().startsWith("resource ")) {
                if (!resource.find()) {
                    problems.add("malformed resource declaration: " + line.strip());
                } else if (!RESOURCE_TYPE.matcher(resource.group(2)).matches()) {
                    problems.add("resource type without a valid API version: " + resource.group(2));
                } else {
                    resourceTypes.add(resource.group(2));
                }
            }
        }
    }

    private void checkInterpolations() {
        Matcher used = INTERPOLATION.matcher(text);
        while (used.find()) {
            String symbol = used.group(1);
            if (!symbols.contains(symbol) && !FUNCTIONS.contains(symbol)) {
                problems.add("undeclared symbol in interpolation: " + symbol + " (line " + line(used.start()) + ")");
            }
        }
    }

    /** The environment variable names set on containers: each {@code name:} inside an {@code env: [...]} block. */
    List<String> containerEnvironmentNames() {
        List<String> names = new ArrayList<>();
        Matcher env = Pattern.compile("env:\\s*\\[").matcher(text);
        while (env.find()) {
            int depth = 1;
            int i = env.end();
            while (i < text.length() && depth > 0) {
                depth += text.charAt(i) == '[' ? 1 : text.charAt(i) == ']' ? -1 : 0;
                i++;
            }
            Matcher name = Pattern.compile("\\bname:\\s*'([^']+)'").matcher(text.substring(env.end(), i));
            while (name.find()) {
                names.add(name.group(1));
            }
        }
        return names;
    }

    private int line(int offset) {
        return (int) text.substring(0, Math.min(offset, text.length())).chars().filter(c -> c == '\n').count() + 1;
    }
}
