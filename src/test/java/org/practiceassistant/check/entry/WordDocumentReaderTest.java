package org.practiceassistant.check.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class WordDocumentReaderTest {

    @Test
    void paragraphsAndTablesComeOutInDocumentOrder() throws Exception {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Bottom lines");
            document.createParagraph().createRun().setText("Mark must not drive after drinking.");
            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Who");
            table.getRow(0).getCell(1).setText("By when");
            table.getRow(1).getCell(0).setText("Gran | Pat");
            table.getRow(1).getCell(1).setText("Every day");
            document.createParagraph().createRun().setText("Contingency");
            document.write(out);
            docx = out.toByteArray();
        }

        assertThat(WordDocumentReader.read(docx)).isEqualTo("Bottom lines\nMark must not drive after drinking.\n\n"
                + "| Who | By when |\n| Gran / Pat | Every day |\n\nContingency");
    }

    @Test
    void notAWordFileOrEmptyIsExplained() throws IOException {
        assertThatThrownBy(() -> WordDocumentReader.read("%PDF-1.7".getBytes())).hasMessageContaining("not a Word .docx");
        byte[] empty;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            empty = out.toByteArray();
        }
        assertThatThrownBy(() -> WordDocumentReader.read(empty)).hasMessageContaining("no text");
    }

    @Test
    void onlyDocxIsTakenForWord() {
        assertThat(WordDocumentReader.looksLikeWord("Plan.DOCX", "")).isTrue();
        assertThat(WordDocumentReader.looksLikeWord("plan", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")).isTrue();
        assertThat(WordDocumentReader.looksLikeWord("plan.doc", "doc")).isFalse();
        assertThat(WordDocumentReader.looksLikeWord("plan.pdf", "pdf")).isFalse();
    }
}
