package org.practiceassistant.knowledge;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The loaded knowledge pack: what the assistant quotes, cites and checks against. Immutable; built
 * once at start-up by {@link KnowledgePackLoader}.
 *
 * @param documents  the manifest's documents that were loaded, in manifest order
 * @param passages   every retrievable passage, in document order, ids unique
 * @param glossary   the handbook's glossary, in its order
 * @param vocabulary the "Signs of ...?" vocabulary by area of work
 * @param rubric     the audit rubric ({@link Rubric#none()} when the pack has none)
 * @param templates  the mapping templates
 * @param resources  supporting files that exist (synonyms, jargon list ...)
 * @param alsoAsked  the "also asked as" questions by passage id ({@link AlternativeQuestions}), read and checked
 *                   once when the pack loads; empty when the pack has no such file
 */
public record KnowledgePack(List<DocumentInfo> documents, List<Passage> passages, List<GlossaryEntry> glossary,
                            ServiceVocabulary vocabulary, Rubric rubric, List<MappingTemplate> templates,
                            List<PackResource> resources, Map<String, List<String>> alsoAsked) {

    /** A pack with no "also asked as" questions. */
    public KnowledgePack(List<DocumentInfo> documents, List<Passage> passages, List<GlossaryEntry> glossary,
                         ServiceVocabulary vocabulary, Rubric rubric, List<MappingTemplate> templates,
                         List<PackResource> resources) {
        this(documents, passages, glossary, vocabulary, rubric, templates, resources, Map.of());
    }

    public KnowledgePack {
        documents = List.copyOf(documents);
        passages = List.copyOf(passages);
        glossary = List.copyOf(glossary);
        Objects.requireNonNull(vocabulary, "vocabulary");
        Objects.requireNonNull(rubric, "rubric");
        templates = List.copyOf(templates);
        resources = List.copyOf(resources);
        // Kept in file order (the order the index adds them in), so not Map.copyOf.
        alsoAsked = Collections.unmodifiableMap(new LinkedHashMap<>(alsoAsked));
        var documentIds = new HashSet<String>();
        documents.forEach(document -> requireNew(documentIds, document.id(), "document"));
        var passageIds = new HashSet<String>();
        for (Passage passage : passages) {
            requireNew(passageIds, passage.id(), "passage");
            if (!documentIds.contains(passage.documentId())) {
                throw new IllegalArgumentException("passage " + passage.id() + " names unknown document " + passage.documentId());
            }
        }
        var resourceIds = new HashSet<String>();
        resources.forEach(resource -> requireNew(resourceIds, resource.id(), "resource"));
    }

    /** This pack with these "also asked as" questions. */
    KnowledgePack withAlsoAsked(Map<String, List<String>> questions) {
        return new KnowledgePack(documents, passages, glossary, vocabulary, rubric, templates, resources, questions);
    }

    public Optional<DocumentInfo> document(String documentId) {
        return documents.stream().filter(document -> document.id().equals(documentId)).findFirst();
    }

    public Optional<Passage> passage(String passageId) {
        return passages.stream().filter(passage -> passage.id().equals(passageId)).findFirst();
    }

    public Optional<MappingTemplate> template(String templateId) {
        return templates.stream().filter(template -> template.id().equals(templateId)).findFirst();
    }

    /** A glossary entry by its term, ignoring case. */
    public Optional<GlossaryEntry> glossaryEntry(String term) {
        return glossary.stream().filter(entry -> entry.term().equalsIgnoreCase(term.strip())).findFirst();
    }

    /** A supporting file by manifest id ({@code synonyms}, {@code jargon}); empty when the pack lacks it. */
    public Optional<PackResource> resource(String resourceId) {
        return resources.stream().filter(resource -> resource.id().equals(resourceId)).findFirst();
    }

    private static void requireNew(HashSet<String> seen, String id, String what) {
        if (!seen.add(id)) {
            throw new IllegalArgumentException("two " + what + "s have id " + id);
        }
    }
}
