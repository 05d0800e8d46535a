package org.practiceassistant.knowledge;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * A mapping template and the guidance printed in it: sections (for example the four mapping areas,
 * or evidence / analysis / safety planning) of fields with their guidance and prompts, and the
 * safety-plan tables a worker fills in.
 *
 * @param id       the manifest id of the template's document
 * @param title    as users see it
 * @param sections in template order, at least one, ids unique
 */
public record MappingTemplate(String id, String title, List<Section> sections) {

    public MappingTemplate {
        Ids.requireSlug(id, "template id");
        Ids.requireText(title, "template title");
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("template " + id + " has no sections");
        }
        requireUniqueIds(sections.stream().map(Section::id).toList(), "template " + id + " sections");
    }

    public Optional<Section> section(String sectionId) {
        return sections.stream().filter(section -> section.id().equals(sectionId)).findFirst();
    }

    /**
     * A part of the template, for example "What are we worried about?" or "Analysis".
     *
     * @param fields the things a worker writes about, with the template's guidance for each
     * @param tables the planning tables of this part
     */
    public record Section(String id, String title, List<Field> fields, List<PlanTable> tables) {
        public Section {
            Ids.requireSlug(id, "template section id");
            Ids.requireText(title, "title of template section " + id);
            fields = fields == null ? List.of() : List.copyOf(fields);
            tables = tables == null ? List.of() : List.copyOf(tables);
            if (fields.isEmpty() && tables.isEmpty()) {
                throw new IllegalArgumentException("template section " + id + " has no fields and no tables");
            }
            requireUniqueIds(fields.stream().map(Field::id).toList(), "fields of template section " + id);
            requireUniqueIds(tables.stream().map(PlanTable::id).toList(), "tables of template section " + id);
        }

        public Optional<Field> field(String fieldId) {
            return fields.stream().filter(field -> field.id().equals(fieldId)).findFirst();
        }
    }

    /**
     * One field of the template, for example "Harm", "Impact Statement" or "Name of child".
     *
     * @param group    the column or heading the template puts it under ("What are we worried about"), or empty
     * @param guidance what the template says about the field, in its order
     * @param prompts  the questions the template asks the worker to answer in the field
     * @param learningFromSeriousCaseReviews the template's "Learning from serious case reviews" for the field
     */
    public record Field(String id, String title, String group, List<GuidanceItem> guidance,
                        List<String> prompts, List<String> learningFromSeriousCaseReviews) {
        public Field {
            Ids.requireSlug(id, "template field id");
            Ids.requireText(title, "title of template field " + id);
            group = group == null ? "" : group.strip();
            guidance = guidance == null ? List.of() : List.copyOf(guidance);
            prompts = prompts == null ? List.of() : List.copyOf(prompts);
            learningFromSeriousCaseReviews = learningFromSeriousCaseReviews == null
                    ? List.of() : List.copyOf(learningFromSeriousCaseReviews);
            prompts.forEach(prompt -> Ids.requireText(prompt, "prompt of template field " + id));
            learningFromSeriousCaseReviews.forEach(text -> Ids.requireText(text, "learning of template field " + id));
        }
    }

    /**
     * A piece of guidance, optionally under a label the template prints in front of it ("HARM",
     * "Safety goals met").
     */
    public record GuidanceItem(String label, String text) {
        public GuidanceItem {
            label = label == null ? "" : label.strip();
            Ids.requireText(text, "guidance text" + (label.isEmpty() ? "" : " under '" + label + "'"));
        }

        /** The item as users see it: "LABEL: text", or the text alone. */
        public String display() {
            return label.isEmpty() ? text : label + ": " + text;
        }
    }

    /**
     * A planning table: the question it answers and its columns, for example what / who / by when / progress.
     *
     * @param note a remark printed under the question, or empty
     */
    public record PlanTable(String id, String title, String question, String note, List<String> columns) {
        public PlanTable {
            Ids.requireSlug(id, "plan table id");
            Ids.requireText(title, "title of plan table " + id);
            Ids.requireText(question, "question of plan table " + id);
            note = note == null ? "" : note.strip();
            columns = List.copyOf(columns);
            if (columns.size() < 2) {
                throw new IllegalArgumentException("plan table " + id + " needs at least two columns");
            }
        }
    }

    private static void requireUniqueIds(List<String> ids, String what) {
        var seen = new HashSet<String>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException(what + " have two entries with id " + id);
            }
        }
    }
}
