package org.practiceassistant.check.entry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Turns a Word (.docx) plan into the plain text the plan parser reads: paragraphs one per line,
 * headings as their own lines, tables as pipe rows, in document order.
 */
final class WordDocumentReader {

    /** The file is not something we can read; the message is for the user and never quotes the file. */
    static final class UnreadableDocument extends Exception {
        UnreadableDocument(String message) {
            super(message);
        }
    }

    /**
     * Limits on what a .docx may unpack to, tighter than POI's defaults (ratio 0.01, 4 GB per entry, 10 M
     * characters of text): a 2.6 MB file holding 80 MB of XML (ratio 0.031) took 8 s and ~370 MB of heap to
     * parse before the check's own length limit refused it, and four at once ended the container. A plan
     * the checker can take (50,000 characters) is far inside these, tables and formatting included.
     */
    static final double MIN_INFLATE_RATIO = 0.02;
    static final long MAX_ENTRY_SIZE = 8L * 1024 * 1024;
    static final long MAX_TEXT_SIZE = 1_000_000;

    static {
        // POI keeps these JVM-wide; nothing else in the application opens Office files.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
    }

    static final String TOO_BIG_INSIDE = "That Word document unpacks to far more than a plan needs (over "
            + MAX_ENTRY_SIZE / (1024 * 1024) + " MB of content), so I haven't read it. Please paste the plan's text instead.";

    private WordDocumentReader() {}

    static boolean looksLikeWord(String fileName, String contentType) {
        String name = fileName.toLowerCase(Locale.ROOT);
        String type = contentType.toLowerCase(Locale.ROOT);
        return name.endsWith(".docx") || type.equals("docx")
                || type.equals("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    static String read(byte[] content) throws UnreadableDocument {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.append(paragraph.getText().strip()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    text.append('\n');
                    for (XWPFTableRow row : table.getRows()) {
                        text.append(row(row.getTableCells())).append('\n');
                    }
                    text.append('\n');
                }
            }
            String result = text.toString().replaceAll("\n{3,}", "\n\n").strip();
            if (result.isEmpty()) {
                throw new UnreadableDocument("The Word document has no text in it.");
            }
            return result;
        } catch (NotOfficeXmlFileException e) {
            throw new UnreadableDocument("That file is not a Word .docx document I can open (an older .doc? save it as .docx and try again).");
        } catch (IOException | RuntimeException e) {
            if (zipBomb(e)) {
                throw new UnreadableDocument(TOO_BIG_INSIDE);
            }
            throw new UnreadableDocument("I couldn't open that Word document: it may be damaged. Try saving it again, or paste the text.");
        }
    }

    /** POI says "Zip bomb detected" (ratio or entry size) or names the text limit, wrapped at any depth. */
    private static boolean zipBomb(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb detected") || message.contains("MAX_TEXT_SIZE")
                    || message.contains("max text size"))) {
                return true;
            }
        }
        return false;
    }

    private static String row(List<XWPFTableCell> cells) {
        return "| " + cells.stream().map(c -> c.getText().replaceAll("\\s+", " ").replace("|", "/").strip())
                .collect(Collectors.joining(" | ")) + " |";
    }
}
