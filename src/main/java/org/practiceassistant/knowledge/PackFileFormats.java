package org.practiceassistant.knowledge;

import java.util.List;
import java.util.Map;

/**
 * The shapes of the pack's YAML files exactly as content owners write them (keys in kebab-case).
 * Jackson binds the files to these; {@link KnowledgePackLoader} then turns them into the validated
 * model, so a problem can be reported against the line it is on.
 */
final class PackFileFormats {

    private PackFileFormats() {
    }

    /** {@code pack.yaml}. */
    record Manifest(String name, List<DocumentEntry> documents, List<ResourceEntry> resources) {
    }

    /**
     * @param files      pack-relative paths; a name may be a glob such as {@code handbook/[0-9][0-9]-*.md}
     * @param glossary   handbook only: the glossary file
     * @param vocabulary handbook only: the "Signs of ...?" vocabulary file
     */
    record DocumentEntry(String id, String title, String shortTitle, String authority, String kind, String date,
                         Boolean optional, List<String> files, String glossary, String vocabulary, String notes) {
    }

    record ResourceEntry(String id, String title, String file, Boolean optional, String notes) {
    }

    /** {@code glossary.yaml}. */
    record Glossary(String title, List<GlossaryEntry> entries) {
        record GlossaryEntry(String term, String definition) {
        }
    }

    /** {@code vocabulary.yaml}. */
    record Vocabulary(List<Area> areas, List<Framework> frameworks) {
        record Area(String area, String signsOf, List<String> alternatives) {
        }

        record Framework(String name, String signsOf, String past, String future, String complicatingFactors,
                         String existingStrengths, String existingSolutions, String goals, String nextSteps,
                         String statement, String goal) {
        }
    }

    /** {@code rubric.yaml}. */
    record RubricFile(String title, List<Section> sections) {
        record Section(String id, String title, String note, List<Criterion> criteria) {
        }

        /** @param descriptors grade key ({@code outstanding}, {@code good} ...) to descriptor */
        record Criterion(String id, String title, Map<String, String> descriptors) {
        }
    }

    /** A mapping template file. */
    record TemplateFile(String title, List<Section> sections) {
        record Section(String id, String title, List<Field> fields, List<Table> tables) {
        }

        record Field(String id, String title, String group, List<Guidance> guidance, List<String> prompts,
                     List<String> learningFromSeriousCaseReviews) {
        }

        record Guidance(String label, String text) {
        }

        record Table(String id, String title, String question, String note, List<String> columns) {
        }
    }
}
