package org.practiceassistant.check.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.practiceassistant.check.WordBombs;

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

    @Test
    void xmlThatUnpacksPastTheEntryLimitIsRefusedBeforeItIsParsed() throws IOException {
        // About 12 MB of XML of random letters: compresses only to ~0.6, so the ratio check alone would pass it.
        byte[] docx = WordBombs.docx(100_000, false);
        long started = System.nanoTime();

        assertThatThrownBy(() -> WordDocumentReader.read(docx)).hasMessage(WordDocumentReader.TOO_BIG_INSIDE);
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms").isLessThan(3_000);
    }

    @Test
    void xmlThatCompressesLikeABombIsRefused() throws IOException {
        // About 3 MB of one letter repeated: ratio ~0.003, far under the 0.02 allowed, and under the entry limit.
        byte[] docx = WordBombs.docx(25_000, true);

        assertThatThrownBy(() -> WordDocumentReader.read(docx)).hasMessage(WordDocumentReader.TOO_BIG_INSIDE);
    }

    @Test
    void aPlanAsLongAsTheCheckerTakesStillOpens() throws Exception {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 500; i++) {
                document.createParagraph().createRun().setText("Gran will collect Tia from school every weekday at 3pm, paragraph " + i + ".");
            }
            document.write(out);
            docx = out.toByteArray();
        }

        assertThat(WordDocumentReader.read(docx)).contains("paragraph 499.");
    }
}
