package org.practiceassistant.check;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Word files whose XML unpacks to far more than they weigh: the shapes a hostile attachment takes. */
public final class WordBombs {

    private WordBombs() {}

    /**
     * A valid .docx whose document.xml holds {@code paragraphs} paragraphs of {@code run}: repeated text
     * compresses hard (ratio near 0.003), random letters hardly (ratio near 0.6).
     */
    public static byte[] docx(int paragraphs, boolean repetitive) throws IOException {
        return docx(paragraphs, repetitive ? 1 : 26);
    }

    /**
     * As above with letters drawn from the first {@code alphabet} letters: 2 gives XML that unpacks about
     * ten times (ratio near 0.1, like the 2.6 MB file holding 80 MB of XML that was reported at 0.031).
     */
    public static byte[] docx(int paragraphs, int alphabet) throws IOException {
        byte[] plain;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("placeholder");
            document.write(out);
            plain = out.toByteArray();
        }
        Random random = new Random(7);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        for (int i = 0; i < paragraphs; i++) {
            xml.append("<w:p><w:r><w:t>");
            for (int c = 0; c < 100; c++) {
                xml.append((char) ('a' + random.nextInt(alphabet)));
            }
            xml.append("</w:t></w:r></w:p>");
        }
        xml.append("</w:body></w:document>");
        return replaceEntry(plain, "word/document.xml", xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] replaceEntry(byte[] zip, String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals(name) ? content : in.readAllBytes());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
