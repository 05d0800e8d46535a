package org.practiceassistant.check.entry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
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
            throw new UnreadableDocument("I couldn't open that Word document: it may be damaged. Try saving it again, or paste the text.");
        }
    }

    private static String row(List<XWPFTableCell> cells) {
        return "| " + cells.stream().map(c -> c.getText().replaceAll("\\s+", " ").replace("|", "/").strip())
                .collect(Collectors.joining(" | ")) + " |";
    }
}
