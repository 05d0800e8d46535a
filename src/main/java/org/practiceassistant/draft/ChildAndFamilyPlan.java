package org.practiceassistant.draft;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.practiceassistant.knowledge.MappingTemplate;
import org.practiceassistant.knowledge.MappingTemplate.Field;
import org.practiceassistant.knowledge.MappingTemplate.PlanTable;
import org.practiceassistant.knowledge.MappingTemplate.Section;
import org.slf4j.LoggerFactory;

/**
 * The mapping as the authority's Child and Family Plan, a Word document laid out from the template's
 * structure in the knowledge pack ({@code templates/child-and-family-plan.yaml}): its sections in order
 * (case details, evidence, analysis, safety planning), its fields under their template headings and its
 * planning tables with their columns, filled in from the mapping. The practice guidance section is
 * guidance for the writer, not part of a plan, so it is left out. Made in memory for one reply; nothing
 * is written to disk or logged.
 */
final class ChildAndFamilyPlan {

    static final String FILE_NAME = "child-and-family-plan.docx";
    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String GUIDANCE_SECTION = "practice-guidance";
    /*
     * The template's guidance ("What should this include?") asks for the voice of the child and a plan made and
     * shared with the family, and the practice standard for the child's identity; the form has no box for them,
     * so the plan gives them their own headings, in the words Check and a reader look for.
     */
    private static final String FIRST_SECTION_AFTER_THE_CHILD = "evidence";
    private static final String THE_CHILD = "The child's views and identity";
    private static final String VOICE = "Voice of the child";
    private static final String IDENTITY = "Identity, culture and diversity";
    private static final String SHARING = "Sharing the plan";
    private static final String FAMILY_TABLE = "family-network-safety-plan";
    /* The template asks for the contingency plan in the professional network table's question; it gets its own heading after it. */
    private static final String CONTINGENCY_TABLE = "professional-network-plan";
    private static final String CONTINGENCY = "Contingency plan";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final MappingTemplate template;

    ChildAndFamilyPlan(MappingTemplate template) {
        this.template = template;
    }

    /**
     * Writes a blank document with a paragraph and a table, and throws it away: the first Word document a JVM writes
     * loads POI's OOXML classes and XMLBeans' schema types, seconds of one core on a loaded machine, which a worker's
     * last turn would otherwise spend inside its time budget (and, past it, lose the plan to "too slow"): measured at a
     * load of 10 on two cores, 3.4 s for the first document and 0.1 s for the next. Started by {@link PlanWriterWarmUp}, off the
     * request path, when the first mapping begins (or after a quiet while). Nothing is kept; a failure here only leaves the first plan slower.
     */
    static void warmUp() {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("");
            document.createTable(1, 1).getRow(0).getCell(0).setText("");
            document.write(out);
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(ChildAndFamilyPlan.class).warn("plan writer warm-up failed: {}", e.getClass().getName());
        }
    }

    byte[] write(MappingSummary plan, LocalDate today) {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            var page = new Page(document);
            page.heading("Child and Family Plan", 18);
            page.subtle(plan.vocabulary().model() + " · " + plan.serviceArea().label());
            for (Section section : template.sections()) {
                if (section.id().equals(GUIDANCE_SECTION)) {
                    continue;
                }
                if (section.id().equals(FIRST_SECTION_AFTER_THE_CHILD)) {
                    theChild(page, plan);
                }
                page.heading(section.title(), 14);
                String group = "";
                for (Field field : section.fields()) {
                    if (!field.group().isEmpty() && !field.group().equals(group)) {
                        group = field.group();
                        page.heading(group, 12);
                    }
                    fill(page, section, field, plan, today);
                }
                for (PlanTable table : section.tables()) {
                    table(page, table, plan);
                }
            }
            page.heading(SHARING, 14);
            answerOrEmptyBox(page, plan.sharedWith());
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the plan in memory", e);
        }
    }

    private void fill(Page page, Section section, Field field, MappingSummary plan, LocalDate today) {
        var v = plan.vocabulary();
        if (section.id().equals("case-details")) {
            // The fields the mapping knows; the others (the worker's name, meeting attendance) are theirs to add.
            String value = switch (field.id()) {
                case "name-of-child" -> String.join(", ", plan.children().stream().map(Child::describe).toList());
                case "reason-mapping-completed" -> plan.serviceArea().label() + ": " + v.model() + " mapping";
                case "date-undertaken" -> today.format(DATE);
                default -> "";
            };
            if (!value.isEmpty()) {
                page.text(field.title() + ": " + value);
            }
            return;
        }
        switch (field.id()) {
            case "harm" -> perWorry(page, v.past(), plan, MappingSummary.Pair::harm);
            case "complicating-factors" -> perWorry(page, field.title(), plan, MappingSummary.Pair::complicatingFactors);
            case "safety" -> perWorry(page, v.existing(), plan, MappingSummary.Pair::workingWell);
            case "strengths" -> { } // the coach asks for strengths and existing safety together, above
            case "next-steps" -> {
                page.heading(field.title(), 11);
                var actions = ActionLines.of(plan.nextSteps());
                if (actions.isEmpty()) {
                    page.text("Not agreed yet.");
                }
                actions.forEach(action -> page.text(action.said() + "."));
            }
            case "danger-statements" -> numbered(page, plural(v.statement()), plan, MappingSummary.Pair::statement);
            case "safety-scale" -> scales(page, scaleHeading(field.title().split(" – ")[0], v), plan);
            case "safety-goals" -> {
                numbered(page, plural(v.goal()), plan, MappingSummary.Pair::goal);
                page.field("Bottom lines", plan.bottomLines().isBlank() ? "None set." : plan.bottomLines());
            }
            default -> page.field(field.title(), "");
        }
    }

    private static void perWorry(Page page, String heading, MappingSummary plan, Function<MappingSummary.Pair, String> part) {
        page.heading(capitalise(heading), 11);
        for (int i = 0; i < plan.pairs().size(); i++) {
            String text = part.apply(plan.pairs().get(i));
            page.text((plan.pairs().size() > 1 ? (i + 1) + ". " : "")
                    + (text == null || text.equals(WorryAnswers.NOT_KNOWN_YET) ? "Not known yet: to find out." : text));
        }
    }

    private static void numbered(Page page, String heading, MappingSummary plan, Function<MappingSummary.Pair, String> part) {
        page.heading(capitalise(heading), 11);
        for (int i = 0; i < plan.pairs().size(); i++) {
            page.text((i + 1) + ". " + part.apply(plan.pairs().get(i)));
        }
    }

    /**
     * The template's "Safety Scale" in the service's words, as its goals are named: "Wellbeing Scale" in a Signs of
     * Wellbeing plan, "Success Scale" in a Signs of Success one (the first word of the goal). Any other title is kept.
     */
    static String scaleHeading(String title, MappingWords v) {
        String safety = "Safety ";
        String goalWord = v.goal().split(" ")[0];
        return title.startsWith(safety) ? capitalise(goalWord) + " " + title.substring(safety.length()) : title;
    }

    private static void scales(Page page, String heading, MappingSummary plan) {
        page.heading(heading, 11);
        for (int i = 0; i < plan.pairs().size(); i++) {
            var pair = plan.pairs().get(i);
            String which = plan.pairs().size() > 1 ? (i + 1) + ". " : "";
            if (pair.scale() == null) {
                page.text(which + "not scaled yet.");
                continue;
            }
            page.text(which + "0 means " + pair.scale().zeroMeans() + ". 10 means " + pair.scale().tenMeans() + ".");
            // Each person's score as its own "Who: n" line, the template's "each person's view ... clearly recorded".
            if (pair.scores().isEmpty()) {
                page.text("Scores: not recorded yet.");
            }
            pair.scores().forEach(score -> page.text(capitalise(score.person()) + ": " + score.shown()));
        }
    }

    /**
     * The family's plan holds each goal's what, who and by when; the professionals' holds the next steps, one
     * row per action. The table's title is the template's, its subtitle in brackets; the template's question
     * for the table is guidance to the writer, like the fields' prompts, so it is not printed as plan text.
     */
    private static void table(Page page, PlanTable table, MappingSummary plan) {
        page.heading(bracketed(table.title()), 11);
        var rows = new ArrayList<List<String>>();
        if (table.id().equals(FAMILY_TABLE)) {
            for (var pair : plan.pairs()) {
                String who = answered(pair.network()) ? StatementComposer.whoWillAct(pair.network()) : pair.network();
                rows.add(List.of(pair.doing(), who, answered(pair.timescale()) ? pair.timescale() : "To agree", ""));
            }
        } else {
            for (var action : ActionLines.of(plan.nextSteps())) {
                rows.add(List.of(action.what(), action.who(), ActionLines.whenInFull(action.when()), ""));
            }
        }
        page.table(table.columns(), rows);
        if (table.id().equals(CONTINGENCY_TABLE)) {
            page.heading(CONTINGENCY, 11);
            answerOrEmptyBox(page, plan.contingency());
        }
    }

    /** "Safety plan – Child and Family Network Plan / ..." as "Safety plan (Child and Family Network Plan / ...)". */
    private static String bracketed(String title) {
        int dash = title.indexOf(" – ");
        return dash < 0 ? title : title.substring(0, dash) + " (" + title.substring(dash + 3) + ")";
    }

    private static void theChild(Page page, MappingSummary plan) {
        page.heading(THE_CHILD, 14);
        page.heading(VOICE, 11);
        answerOrEmptyBox(page, plan.childVoice());
        page.heading(IDENTITY, 11);
        answerOrEmptyBox(page, plan.identity());
    }

    /**
     * The answer, or an empty box when the worker skipped it or does not know it yet: a note such as "not
     * recorded" under the heading would read (to Check as to a manager) as if the plan had covered it.
     */
    private static void answerOrEmptyBox(Page page, String answer) {
        if (answered(answer)) {
            page.text(answer);
        }
    }

    /** Given, not skipped and not "not known yet". */
    static boolean answered(String answer) {
        return answer != null && !answer.isBlank() && !answer.equals(WorryAnswers.NOT_KNOWN_YET);
    }

    private static String plural(String term) {
        return term + "s";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Writes paragraphs and tables in document order. */
    private static final class Page {
        private final XWPFDocument document;

        Page(XWPFDocument document) {
            this.document = document;
        }

        void heading(String text, int size) {
            var run = document.createParagraph().createRun();
            run.setBold(true);
            run.setFontSize(size);
            run.setText(text);
        }

        void subtle(String text) {
            var run = document.createParagraph().createRun();
            run.setItalic(true);
            run.setText(text);
        }

        void text(String text) {
            document.createParagraph().createRun().setText(text);
        }

        void field(String title, String text) {
            heading(title, 11);
            if (!text.isEmpty()) {
                text(text);
            }
        }

        void table(List<String> header, List<List<String>> rows) {
            XWPFTable table = document.createTable(1 + rows.size(), header.size());
            fillRow(table.getRow(0), header);
            for (int i = 0; i < rows.size(); i++) {
                fillRow(table.getRow(i + 1), rows.get(i));
            }
        }

        private static void fillRow(org.apache.poi.xwpf.usermodel.XWPFTableRow row, List<String> cells) {
            for (int i = 0; i < cells.size(); i++) {
                var cell = row.getCell(i) != null ? row.getCell(i) : row.addNewTableCell();
                cell.setText(cells.get(i) == null ? "" : cells.get(i));
            }
        }
    }
}
