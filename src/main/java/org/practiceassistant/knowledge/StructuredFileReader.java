package org.practiceassistant.knowledge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.practiceassistant.knowledge.PackFileFormats.Glossary;
import org.practiceassistant.knowledge.PackFileFormats.RubricFile;
import org.practiceassistant.knowledge.PackFileFormats.TemplateFile;
import org.practiceassistant.knowledge.PackFileFormats.Vocabulary;

/**
 * Turns the pack's YAML files into the validated model. Every model value checks itself when it is
 * built; this class only says where in the file a rejected value is, by its JSON pointer.
 */
final class StructuredFileReader {

    private static final String DEFAULT_GLOSSARY_TITLE = "Glossary of terms";

    private StructuredFileReader() {
    }

    record LoadedGlossary(String title, List<GlossaryEntry> entries) {
    }

    static LoadedGlossary glossary(Path file) {
        Glossary glossary = YamlFiles.read(file, Glossary.class);
        List<Glossary.GlossaryEntry> entries = requireList(file, "/entries", glossary.entries());
        var result = new ArrayList<GlossaryEntry>();
        var terms = new HashSet<String>();
        for (int i = 0; i < entries.size(); i++) {
            Glossary.GlossaryEntry entry = requireNonNull(file, "/entries/" + i, entries.get(i));
            GlossaryEntry model = at(file, "/entries/" + i, () -> new GlossaryEntry(entry.term(), entry.definition()));
            // Terms are looked up and cited by name, so one term must not have two definitions.
            if (!terms.add(Ids.slug(model.term()))) {
                throw YamlFiles.problemAt(file, "/entries/" + i, "the term '" + model.term() + "' is defined twice");
            }
            result.add(model);
        }
        String title = glossary.title() == null || glossary.title().isBlank() ? DEFAULT_GLOSSARY_TITLE : glossary.title();
        return new LoadedGlossary(title, result);
    }

    static ServiceVocabulary vocabulary(Path file) {
        Vocabulary vocabulary = YamlFiles.read(file, Vocabulary.class);
        List<Vocabulary.Area> areas = requireList(file, "/areas", vocabulary.areas());
        List<Vocabulary.Framework> frameworks = requireList(file, "/frameworks", vocabulary.frameworks());
        var areaModels = new ArrayList<ServiceVocabulary.AreaOfWork>();
        for (int i = 0; i < areas.size(); i++) {
            Vocabulary.Area area = requireNonNull(file, "/areas/" + i, areas.get(i));
            areaModels.add(at(file, "/areas/" + i,
                    () -> new ServiceVocabulary.AreaOfWork(area.area(), area.signsOf(), area.alternatives())));
        }
        var frameworkModels = new ArrayList<ServiceVocabulary.Framework>();
        for (int i = 0; i < frameworks.size(); i++) {
            Vocabulary.Framework f = requireNonNull(file, "/frameworks/" + i, frameworks.get(i));
            frameworkModels.add(at(file, "/frameworks/" + i, () -> new ServiceVocabulary.Framework(
                    f.name(), f.signsOf(), f.past(), f.future(), f.complicatingFactors(), f.existingStrengths(),
                    f.existingSolutions(), f.goals(), f.nextSteps(), f.statement(), f.goal())));
        }
        return at(file, "", () -> new ServiceVocabulary(areaModels, frameworkModels));
    }

    static Rubric rubric(Path file) {
        RubricFile rubric = YamlFiles.read(file, RubricFile.class);
        List<RubricFile.Section> sections = requireList(file, "/sections", rubric.sections());
        var sectionModels = new ArrayList<RubricSection>();
        for (int s = 0; s < sections.size(); s++) {
            String sectionPointer = "/sections/" + s;
            RubricFile.Section section = requireNonNull(file, sectionPointer, sections.get(s));
            List<RubricFile.Criterion> criteria = requireList(file, sectionPointer + "/criteria", section.criteria());
            var criterionModels = new ArrayList<RubricCriterion>();
            for (int c = 0; c < criteria.size(); c++) {
                String pointer = sectionPointer + "/criteria/" + c;
                RubricFile.Criterion criterion = requireNonNull(file, pointer, criteria.get(c));
                Map<Grade, String> descriptors = descriptors(file, pointer, criterion.descriptors());
                criterionModels.add(at(file, pointer, () -> new RubricCriterion(criterion.id(), criterion.title(), descriptors)));
            }
            sectionModels.add(at(file, sectionPointer,
                    () -> new RubricSection(section.id(), section.title(), section.note(), criterionModels)));
        }
        return at(file, "", () -> new Rubric(rubric.title(), sectionModels));
    }

    private static Map<Grade, String> descriptors(Path file, String criterionPointer, Map<String, String> raw) {
        var descriptors = new EnumMap<Grade, String>(Grade.class);
        if (raw == null) {
            return descriptors;
        }
        raw.forEach((key, text) -> {
            Grade grade = Grade.fromKey(key).orElseThrow(() -> YamlFiles.problemAt(file, criterionPointer + "/descriptors/" + key,
                    "unknown grade '" + key + "'; the grades are outstanding, good, requires-improvement, inadequate, inadequate-critical"));
            if (text == null || text.isBlank()) {
                throw YamlFiles.problemAt(file, criterionPointer + "/descriptors/" + key,
                        "grade '" + key + "' has an empty descriptor; leave a grade with no descriptor out");
            }
            descriptors.put(grade, text.strip());
        });
        return descriptors;
    }

    static MappingTemplate template(Path file, String templateId) {
        TemplateFile template = YamlFiles.read(file, TemplateFile.class);
        List<TemplateFile.Section> sections = requireList(file, "/sections", template.sections());
        var sectionModels = new ArrayList<MappingTemplate.Section>();
        for (int s = 0; s < sections.size(); s++) {
            String sectionPointer = "/sections/" + s;
            TemplateFile.Section section = requireNonNull(file, sectionPointer, sections.get(s));
            var fields = new ArrayList<MappingTemplate.Field>();
            List<TemplateFile.Field> rawFields = Objects.requireNonNullElse(section.fields(), List.of());
            for (int f = 0; f < rawFields.size(); f++) {
                String pointer = sectionPointer + "/fields/" + f;
                TemplateFile.Field field = requireNonNull(file, pointer, rawFields.get(f));
                var guidance = new ArrayList<MappingTemplate.GuidanceItem>();
                List<TemplateFile.Guidance> rawGuidance = Objects.requireNonNullElse(field.guidance(), List.of());
                for (int g = 0; g < rawGuidance.size(); g++) {
                    TemplateFile.Guidance item = requireNonNull(file, pointer + "/guidance/" + g, rawGuidance.get(g));
                    guidance.add(at(file, pointer + "/guidance/" + g, () -> new MappingTemplate.GuidanceItem(item.label(), item.text())));
                }
                fields.add(at(file, pointer, () -> new MappingTemplate.Field(field.id(), field.title(), field.group(),
                        guidance, field.prompts(), field.learningFromSeriousCaseReviews())));
            }
            var tables = new ArrayList<MappingTemplate.PlanTable>();
            List<TemplateFile.Table> rawTables = Objects.requireNonNullElse(section.tables(), List.of());
            for (int t = 0; t < rawTables.size(); t++) {
                String pointer = sectionPointer + "/tables/" + t;
                TemplateFile.Table table = requireNonNull(file, pointer, rawTables.get(t));
                tables.add(at(file, pointer, () -> new MappingTemplate.PlanTable(table.id(), table.title(), table.question(),
                        table.note(), Objects.requireNonNullElse(table.columns(), List.of()))));
            }
            sectionModels.add(at(file, sectionPointer, () -> new MappingTemplate.Section(section.id(), section.title(), fields, tables)));
        }
        return at(file, "", () -> new MappingTemplate(templateId, template.title(), sectionModels));
    }

    /** Builds a model value, reporting its rejection at the line of the value it was built from. */
    private static <T> T at(Path file, String pointer, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw YamlFiles.problemAt(file, pointer, e.getMessage());
        }
    }

    private static <T> List<T> requireList(Path file, String pointer, List<T> list) {
        if (list == null || list.isEmpty()) {
            throw YamlFiles.problemAt(file, pointer, "'" + pointer.substring(pointer.lastIndexOf('/') + 1) + "' is missing or empty");
        }
        return list;
    }

    private static <T> T requireNonNull(Path file, String pointer, T value) {
        if (value == null) {
            throw YamlFiles.problemAt(file, pointer, "an empty list entry");
        }
        return value;
    }
}
