package org.practiceassistant.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * Passages for the pack's structured content, at the granularity a practitioner asks about: one per
 * glossary entry, one per rubric criterion with its whole grade ladder, one per rubric section's note, one per
 * template field's guidance, its prompts, each of its lessons, and one per planning table.
 */
final class StructuredPassages {

    /** What a passage holds; retrieval and answers may treat them differently. */
    static final String GLOSSARY = "glossary";
    static final String CRITERION = "criterion";
    static final String SECTION_NOTE = "section-note";
    static final String GUIDANCE = "guidance";
    static final String PROMPT = "prompt";
    static final String LEARNING = "learning";
    static final String FIELD = "template-field";
    static final String PLAN_TABLE = "plan-table";

    /** The template's own words for its lessons; kept so the passage quotes it. */
    private static final String LEARNING_LABEL = "Learning from SCR: ";

    private StructuredPassages() {
    }

    static List<Passage> glossary(DocumentInfo document, String glossaryFile, String title, List<GlossaryEntry> entries) {
        var passages = new ArrayList<Passage>();
        for (GlossaryEntry entry : entries) {
            passages.add(passage(document, glossaryFile + "#" + Ids.slug(entry.term()), List.of(title, entry.term()),
                    GLOSSARY, entry.term() + ": " + entry.definition()));
        }
        return passages;
    }

    /** A note that is only a cross-reference: it starts "See" and is one short sentence. */
    static boolean onlyPointsElsewhere(String note) {
        return note.regionMatches(true, 0, "See ", 0, 4) && note.split(" ").length <= 12 && !note.strip().contains(". ");
    }

    static List<Passage> rubric(DocumentInfo document, Rubric rubric) {
        var passages = new ArrayList<Passage>();
        for (RubricSection section : rubric.sections()) {
            // The note the tool prints beside a section heading says what the section grades in a case unlike the usual
            // ("no Child and Family Assessment completed in the past year"): a passage of its own, cited to the section,
            // so Ask can quote it; inside every criterion's ladder it would repeat and dilute each one. A note that only
            // points elsewhere ("See review of the plan in the last section") answers nothing on its own: no passage.
            if (!section.note().isEmpty() && !onlyPointsElsewhere(section.note())) {
                passages.add(passage(document, "#" + section.id(), List.of(section.title()), SECTION_NOTE, section.note()));
            }
            for (RubricCriterion criterion : section.criteria()) {
                passages.add(passage(document, "#" + section.id() + "/" + criterion.id(),
                        List.of(section.title(), criterion.title()), CRITERION, criterionText(criterion)));
            }
        }
        return passages;
    }

    /** A criterion as users see it: its name, then its ladder, best grade first. */
    static String criterionText(RubricCriterion criterion) {
        return criterion.title() + "\n" + criterion.ladder();
    }

    static List<Passage> template(DocumentInfo document, MappingTemplate template) {
        var passages = new ArrayList<Passage>();
        for (MappingTemplate.Section section : template.sections()) {
            for (MappingTemplate.Field field : section.fields()) {
                String idBase = "#" + section.id() + "/" + field.id();
                List<String> path = List.of(section.title(), field.title());
                // A field's guidance is one passage, and its prompts another: asked how to fill a field in,
                // a practitioner needs all of its guidance, and a lone bullet ("Consider scaling danger
                // statements for each theme separately") answered it less well on tests-data/ask.
                if (!field.guidance().isEmpty()) {
                    passages.add(passage(document, idBase + "-guidance", path, GUIDANCE, String.join("\n",
                            field.guidance().stream().map(MappingTemplate.GuidanceItem::display).toList())));
                }
                if (!field.prompts().isEmpty()) {
                    passages.add(passage(document, idBase + "-prompts", path, PROMPT, String.join("\n", field.prompts())));
                }
                int n = 0;
                for (String lesson : field.learningFromSeriousCaseReviews()) {
                    passages.add(passage(document, idBase + "-learning-" + ++n, path, LEARNING, LEARNING_LABEL + lesson));
                }
                if (n == 0 && field.guidance().isEmpty() && field.prompts().isEmpty()) {
                    passages.add(passage(document, idBase, path, FIELD, field.title()));
                }
            }
            for (MappingTemplate.PlanTable table : section.tables()) {
                passages.add(passage(document, "#" + section.id() + "/" + table.id(), List.of(section.title(), table.title()),
                        PLAN_TABLE, planTableText(table)));
            }
        }
        return passages;
    }

    /** The table's question, any note under it, then its columns: "What will you do? | Who will do this? | ...". */
    static String planTableText(MappingTemplate.PlanTable table) {
        return table.question() + (table.note().isEmpty() ? "" : "\n" + table.note()) + "\n" + String.join(" | ", table.columns());
    }

    private static Passage passage(DocumentInfo document, String localId, List<String> headings, String type, String text) {
        var path = new ArrayList<String>();
        path.add(document.shortTitle());
        path.addAll(headings);
        return new Passage(document.id() + (localId.startsWith("#") ? "" : "/") + localId, document.id(),
                document.shortTitle(), document.kind(), path, "", type, text);
    }
}
