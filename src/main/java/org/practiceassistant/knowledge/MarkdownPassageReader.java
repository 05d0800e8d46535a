package org.practiceassistant.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Splits a Markdown document (a handbook chapter, the practice standard) into passages: one per
 * paragraph, one per bullet, one per table row, each under its heading path. A bullet that
 * introduces a nested list ("Before the ICPC, the following will have been completed:") is one
 * passage with its whole list, one item per line: asked what the list covers, a practitioner needs
 * all of it, and split into items each repeating the lead it ranked worse on tests-data/ask.
 */
final class MarkdownPassageReader {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), YamlFrontMatterExtension.create());
    private static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    /** A misspelt key would silently lose a chapter's service area, so only these are accepted. */
    private static final List<String> FRONT_MATTER_KEYS = List.of("chapter", "service-area");

    private final DocumentInfo document;
    private final Path file;
    private final String fileStem;
    private final List<Passage> passages = new ArrayList<>();
    private final Map<String, Integer> countsBySlug = new HashMap<>();
    private final List<String> headings = new ArrayList<>();
    private String serviceArea = "";

    private MarkdownPassageReader(DocumentInfo document, Path file) {
        this.document = document;
        this.file = file;
        String name = file.getFileName().toString();
        this.fileStem = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    static List<Passage> read(DocumentInfo document, Path file) {
        return new MarkdownPassageReader(document, file).read();
    }

    private List<Passage> read() {
        String markdown;
        try {
            markdown = Files.readString(file);
        } catch (IOException e) {
            throw new KnowledgePackException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
        Node root = PARSER.parse(markdown);
        var frontMatter = new YamlFrontMatterVisitor();
        root.accept(frontMatter);
        for (String key : frontMatter.getData().keySet()) {
            if (!FRONT_MATTER_KEYS.contains(key)) {
                throw new KnowledgePackException(file, lineStarting(markdown, key + ":"),
                        "unknown front matter key '" + key + "'; the keys are " + String.join(", ", FRONT_MATTER_KEYS));
            }
        }
        List<String> area = frontMatter.getData().getOrDefault("service-area", List.of());
        serviceArea = area.isEmpty() ? "" : area.getFirst().strip();

        for (Node block = root.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading) {
                enterHeading(heading);
            } else if (isContent(block)) {
                if (headings.isEmpty()) {
                    throw new KnowledgePackException(file, lineOf(block), "text before the document's '# Title' heading");
                }
                readContent(block, "");
            }
        }
        if (headings.isEmpty()) {
            throw new KnowledgePackException(file, 1, "has no '# Title' heading");
        }
        return passages;
    }

    private static boolean isContent(Node block) {
        return block instanceof Paragraph || block instanceof ListBlock || block instanceof TableBlock
                || block instanceof BlockQuote || block instanceof HtmlBlock;
    }

    private void enterHeading(Heading heading) {
        int level = heading.getLevel();
        if (level > 1 && headings.isEmpty()) {
            throw new KnowledgePackException(file, lineOf(heading), "a level-" + level + " heading before the document's '# Title' heading");
        }
        if (level - 1 > headings.size()) {
            throw new KnowledgePackException(file, lineOf(heading),
                    "heading level " + level + " skips a level (the heading above it is level " + headings.size() + ")");
        }
        while (headings.size() >= level) {
            headings.removeLast();
        }
        headings.add(plainText(heading));
    }

    private void readContent(Node block, String lead) {
        switch (block) {
            case Paragraph paragraph -> add(block, "paragraph", join(lead, plainText(paragraph)));
            case HtmlBlock html -> add(block, "paragraph", join(lead, plainText(html)));
            case BlockQuote quote -> {
                for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
                    readContent(child, lead);
                }
            }
            case ListBlock list -> {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    readListItem((ListItem) item, lead);
                }
            }
            case TableBlock table -> readTable(table);
            default -> {
                // Headings are handled by the caller; thematic breaks and code carry no guidance.
            }
        }
    }

    /** A bullet is a passage, together with any nested list it introduces. */
    private void readListItem(ListItem item, String lead) {
        var ownText = new StringBuilder();
        List<ListBlock> nested = new ArrayList<>();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListBlock list) {
                nested.add(list);
            } else {
                ownText.append(' ').append(plainText(child));
            }
        }
        var text = new StringBuilder(join(lead, ownText.toString().strip()));
        for (ListBlock list : nested) {
            for (Node sub = list.getFirstChild(); sub != null; sub = sub.getNext()) {
                var line = new StringBuilder();
                for (Node part = sub.getFirstChild(); part != null; part = part.getNext()) {
                    line.append(' ').append(plainText(part));
                }
                text.append('\n').append(line.toString().strip());
            }
        }
        add(item, "bullet", text.toString());
    }

    /**
     * A table row is a passage: its cells joined by " | ", under the table's column headings on a line of their own when
     * every column has one (the three principles' row says which cell is a principle and which the pledge). A table
     * whose header has blank or spanning columns ("Signs of...?") keeps its rows as they are: its headings would not
     * line up with the cells.
     */
    private void readTable(TableBlock table) {
        String columns = "";
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof TableHead head && head.getFirstChild() instanceof TableRow header) {
                columns = columnHeadings(header);
            }
            if (!(section instanceof TableBody)) {
                continue;
            }
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                var cells = new ArrayList<String>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    String text = cellText((TableCell) cell);
                    if (!text.isEmpty()) {
                        cells.add(text);
                    }
                }
                if (!cells.isEmpty() && row instanceof TableRow) {
                    String text = String.join(" | ", cells);
                    add(row, "table-row", columns.isEmpty() ? text : columns + "\n" + text);
                }
            }
        }
    }

    /** The header row's headings joined by " | ", or nothing when a column has none. */
    private static String columnHeadings(TableRow header) {
        var headings = new ArrayList<String>();
        for (Node cell = header.getFirstChild(); cell != null; cell = cell.getNext()) {
            String text = cellText((TableCell) cell);
            if (text.isEmpty()) {
                return "";
            }
            headings.add(text);
        }
        return String.join(" | ", headings);
    }

    private void add(Node node, String type, String text) {
        if (text.isBlank()) {
            return;
        }
        String slug = Ids.slug(headings.getLast());
        int number = countsBySlug.merge(slug, 1, Integer::sum);
        var path = new ArrayList<String>();
        path.add(document.shortTitle());
        path.addAll(headings);
        String id = document.id() + "/" + fileStem + "#" + slug + "-" + number;
        passages.add(new Passage(id, document.id(), document.shortTitle(), document.kind(), path, serviceArea, type, text));
    }

    private static String join(String lead, String text) {
        return lead.isEmpty() ? text : lead + " " + text;
    }

    private static String plainText(Node node) {
        String text = TEXT.render(node);
        return HTML_TAG.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /** A cell's own text; rendering the cell itself would add the table's "|" delimiters. */
    private static String cellText(TableCell cell) {
        var text = new StringBuilder();
        for (Node child = cell.getFirstChild(); child != null; child = child.getNext()) {
            text.append(TEXT.render(child));
        }
        return HTML_TAG.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    private static int lineStarting(String markdown, String prefix) {
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        return 1;
    }

    private static int lineOf(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().getFirst().getLineIndex() + 1;
    }
}
