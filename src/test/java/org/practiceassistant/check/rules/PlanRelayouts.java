package org.practiceassistant.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The same plan laid out another way, for the re-layout test: what a worker pastes from a form, a Word table, a numbered
 * outline or an email. Each layout keeps every sentence of the plan; only headings and line breaks change. A plan's
 * headings are the short lines {@link PlanSection#ofHeading} names (the parser's own reading is what a layout must not
 * break, so the layouts move exactly those lines).
 */
final class PlanRelayouts {

    /** One layout: its name and how it rewrites a plan. */
    record Layout(String name, UnaryOperator<String> apply) {}

    private PlanRelayouts() {}

    /** A part of the plan: its heading line (empty before the first heading) and its body lines. */
    private record Part(String heading, List<String> body) {}

    static List<Layout> all() {
        return List.of(
                new Layout("markdown-headings", t -> headings(t, h -> "## " + h)),
                new Layout("bold-upper-colon-headings", t -> headings(t, h -> "**" + h.toUpperCase(Locale.ROOT) + ":**")),
                new Layout("numbered-headings", PlanRelayouts::numberedHeadings),
                new Layout("headings-removed", t -> join(parts(t), p -> p.body(), "\n\n")),
                new Layout("run-together", t -> join(parts(t), p -> p.heading().isEmpty() ? p.body() : withHeading(p, List.of(String.join(" ", trimmed(p.body())))), "\n\n")),
                new Layout("pipe-table", t -> table(t, "| ", " | ", " |")),
                new Layout("tab-table", t -> table(t, "", "\t", "")));
    }

    /** Whether a plan has headings and no table of its own: the plans a layout can be applied to without guessing. */
    static boolean relayable(String text) {
        if (text.contains("|") || text.contains("\t")) {
            return false;
        }
        return parts(text).stream().filter(p -> !p.heading().isEmpty()).count() >= 3;
    }

    private static String headings(String text, UnaryOperator<String> rename) {
        return join(parts(text), p -> withHeading(new Part(p.heading().isEmpty() ? "" : rename.apply(bare(p.heading())), p.body()), p.body()),
                "\n\n");
    }

    private static String numberedHeadings(String text) {
        int[] n = {0};
        return join(parts(text), p -> {
            if (p.heading().isEmpty()) {
                return p.body();
            }
            n[0]++;
            List<String> lines = new ArrayList<>();
            lines.add(n[0] + ". " + bare(p.heading()));
            int item = 0;
            boolean afterBlank = true;
            for (String line : p.body()) {
                String s = line.strip();
                // Each paragraph is numbered under its part's number ("2.1 We are worried ..."), as a Word outline numbers it.
                lines.add(afterBlank && !s.isEmpty() && Character.isUpperCase(s.charAt(0)) ? n[0] + "." + ++item + " " + s : line);
                afterBlank = s.isEmpty();
            }
            return lines;
        }, "\n\n");
    }

    private static String table(String text, String open, String between, String close) {
        StringBuilder out = new StringBuilder(open + "Part" + between + "Details" + close + "\n");
        for (Part p : parts(text)) {
            String body = String.join(" ", trimmed(p.body()));
            if (p.heading().isEmpty()) {
                out.insert(0, String.join("\n", p.body()).strip() + "\n\n");
            } else {
                out.append(open).append(bare(p.heading())).append(between).append(body).append(close).append('\n');
            }
        }
        return out.toString();
    }

    private static List<String> withHeading(Part p, List<String> body) {
        List<String> lines = new ArrayList<>();
        if (!p.heading().isEmpty()) {
            lines.add(p.heading());
        }
        lines.addAll(body);
        return lines;
    }

    private static String join(List<Part> parts, java.util.function.Function<Part, List<String>> lines, String separator) {
        List<String> blocks = new ArrayList<>();
        for (Part p : parts) {
            String block = String.join("\n", lines.apply(p)).strip();
            if (!block.isEmpty()) {
                blocks.add(block);
            }
        }
        return String.join(separator, blocks) + "\n";
    }

    /* The body's lines with text: a rule ("-----") under a heading is layout, not a sentence, and does not go into a cell. */
    private static List<String> trimmed(List<String> body) {
        return body.stream().map(String::strip).filter(l -> l.chars().anyMatch(Character::isLetterOrDigit)).toList();
    }

    /* "Danger statements:" or "## Danger statements" as the words alone. */
    private static String bare(String heading) {
        String h = PlanLines.withoutRules(heading.strip());
        while (h.startsWith("#")) {
            h = h.substring(1);
        }
        h = h.replace("**", "").strip();
        return h.endsWith(":") ? h.substring(0, h.length() - 1).strip() : h;
    }

    private static List<Part> parts(String text) {
        List<Part> parts = new ArrayList<>();
        String heading = "";
        List<String> body = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            boolean afterBlank = i == 0 || lines[i - 1].isBlank();
            boolean beforeText = i + 1 < lines.length && !lines[i + 1].isBlank();
            if (isHeading(lines[i], afterBlank && beforeText)) {
                parts.add(new Part(heading, body));
                heading = lines[i].strip();
                body = new ArrayList<>();
            } else {
                body.add(lines[i]);
            }
        }
        parts.add(new Part(heading, body));
        return parts;
    }

    /*
     * A heading is a short line that does not end a sentence, standing over its text after a blank line ("Worry 1 - hitting"),
     * or one the parser names a part by wherever it stands. A question the parser names a part by ("What are we worried
     * about?", "WHAT DO WE NEED TO SEE?") is a heading too: left as body, it took the plan's title row's cell with it.
     */
    private static boolean isHeading(String line, boolean standsAlone) {
        String s = line.strip();
        boolean namedQuestion = s.endsWith("?") && PlanSection.ofHeading(PlanParser.clean(s)).isPresent();
        if (s.isEmpty() || s.length() > 80 || ".,;!?\"\u201D".indexOf(s.charAt(s.length() - 1)) >= 0 && !namedQuestion || s.startsWith("-")
                || s.startsWith("*") && !s.startsWith("**") || Character.isDigit(s.charAt(0))
                || s.indexOf(':') >= 0 && s.indexOf(':') < s.length() - 1) {
            return false;
        }
        return standsAlone && PlanParser.wordCount(s) <= 8 || PlanSection.ofHeading(PlanParser.clean(s)).isPresent();
    }
}
