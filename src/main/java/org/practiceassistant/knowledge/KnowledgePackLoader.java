package org.practiceassistant.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.practiceassistant.knowledge.PackFileFormats.DocumentEntry;
import org.practiceassistant.knowledge.PackFileFormats.Manifest;
import org.practiceassistant.knowledge.PackFileFormats.ResourceEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and validates a knowledge pack folder: its manifest ({@code pack.yaml}) and every file the
 * manifest names. A malformed file, or a missing file that is not optional, stops loading with a
 * {@link KnowledgePackException} naming the file, line and problem; a missing optional file is
 * logged and skipped.
 */
public final class KnowledgePackLoader {

    static final String MANIFEST = "pack.yaml";
    private static final Logger log = LoggerFactory.getLogger(KnowledgePackLoader.class);

    public KnowledgePack load(Path packFolder) {
        Path root = packFolder.toAbsolutePath().normalize();
        Path manifestFile = root.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new KnowledgePackException(manifestFile, 0,
                    "no knowledge pack manifest here; set assistant.knowledge.path to the pack folder");
        }
        Manifest manifest = YamlFiles.read(manifestFile, Manifest.class);
        if (manifest.documents() == null || manifest.documents().isEmpty()) {
            throw YamlFiles.problemAt(manifestFile, "/documents", "the manifest names no documents");
        }
        var pack = new PackBuilder();
        for (int i = 0; i < manifest.documents().size(); i++) {
            loadDocument(root, manifestFile, i, manifest.documents().get(i), pack);
        }
        List<ResourceEntry> resources = manifest.resources() == null ? List.of() : manifest.resources();
        for (int i = 0; i < resources.size(); i++) {
            loadResource(root, manifestFile, i, resources.get(i)).ifPresent(pack.resources::add);
        }
        KnowledgePack built;
        try {
            built = pack.build();
        } catch (IllegalArgumentException e) {
            throw new KnowledgePackException(manifestFile, 0, e.getMessage(), e);
        }
        // Checked here with the rest of the pack, so a stale phrase stops start-up like any other fault; kept in the
        // pack, so Ask does not read and check the file a second time.
        return built.resource(AlternativeQuestions.RESOURCE)
                .map(file -> built.withAlsoAsked(AlternativeQuestions.read(file.file(), built.passages())))
                .orElse(built);
    }

    private void loadDocument(Path root, Path manifestFile, int index, DocumentEntry entry, PackBuilder pack) {
        String pointer = "/documents/" + index;
        if (entry == null) {
            throw YamlFiles.problemAt(manifestFile, pointer, "an empty document entry");
        }
        DocumentKind kind = kind(manifestFile, pointer, entry.kind());
        boolean optional = Boolean.TRUE.equals(entry.optional());
        List<String> names = entry.files() == null ? List.of() : entry.files();
        if (names.isEmpty()) {
            throw YamlFiles.problemAt(manifestFile, pointer, "document '" + entry.id() + "' names no files");
        }
        if (kind != DocumentKind.HANDBOOK && (entry.glossary() != null || entry.vocabulary() != null)) {
            throw YamlFiles.problemAt(manifestFile, pointer, "only a handbook has a glossary or vocabulary");
        }
        // Every file is resolved before any is read: a document loads whole or, when optional, not at all.
        var missing = new ArrayList<MissingFile>();
        var files = new ArrayList<Path>();
        for (int j = 0; j < names.size(); j++) {
            files.addAll(resolve(root, manifestFile, pointer + "/files/" + j, names.get(j), missing));
        }
        Optional<Path> glossary = Optional.ofNullable(entry.glossary())
                .flatMap(name -> resolve(root, manifestFile, pointer + "/glossary", name, missing).stream().findFirst());
        Optional<Path> vocabulary = Optional.ofNullable(entry.vocabulary())
                .flatMap(name -> resolve(root, manifestFile, pointer + "/vocabulary", name, missing).stream().findFirst());
        if (!missing.isEmpty()) {
            MissingFile first = missing.getFirst();
            if (!optional) {
                throw YamlFiles.problemAt(manifestFile, first.pointer(),
                        "document '" + entry.id() + "' needs " + first.name() + ", which does not exist");
            }
            log.warn("Knowledge pack: optional document '{}' skipped: {} does not exist", entry.id(), first.name());
            return;
        }
        var allFiles = new ArrayList<>(files);
        glossary.ifPresent(allFiles::add);
        vocabulary.ifPresent(allFiles::add);
        DocumentInfo document;
        try {
            document = new DocumentInfo(entry.id(), entry.title(), entry.shortTitle(), entry.authority(), kind,
                    allFiles.stream().map(file -> root.relativize(file).toString()).toList(),
                    Optional.ofNullable(entry.date()), optional);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw YamlFiles.problemAt(manifestFile, pointer, e.getMessage());
        }
        pack.documents.add(document);

        for (Path file : files) {
            switch (kind) {
                case HANDBOOK, STANDARD -> pack.passages.addAll(MarkdownPassageReader.read(document, requireExtension(file, ".md")));
                case RUBRIC -> {
                    if (pack.rubric != null) {
                        throw YamlFiles.problemAt(manifestFile, pointer, "a pack has one rubric, and this is the second");
                    }
                    pack.rubric = StructuredFileReader.rubric(requireExtension(file, ".yaml"));
                    pack.passages.addAll(StructuredPassages.rubric(document, pack.rubric));
                }
                case TEMPLATE -> {
                    MappingTemplate template = StructuredFileReader.template(requireExtension(file, ".yaml"), document.id());
                    pack.templates.add(template);
                    pack.passages.addAll(StructuredPassages.template(document, template));
                }
            }
        }
        glossary.ifPresent(file -> {
            StructuredFileReader.LoadedGlossary loaded = StructuredFileReader.glossary(file);
            pack.glossary.addAll(loaded.entries());
            pack.passages.addAll(StructuredPassages.glossary(document, stem(file), loaded.title(), loaded.entries()));
        });
        vocabulary.ifPresent(file -> pack.vocabulary = StructuredFileReader.vocabulary(file));
    }

    private Optional<PackResource> loadResource(Path root, Path manifestFile, int index, ResourceEntry entry) {
        String pointer = "/resources/" + index;
        if (entry == null || entry.file() == null) {
            throw YamlFiles.problemAt(manifestFile, pointer, "a resource needs a file");
        }
        Optional<Path> file = resolve(root, manifestFile, pointer + "/file", entry.file(), new ArrayList<>()).stream().findFirst();
        if (file.isEmpty()) {
            if (!Boolean.TRUE.equals(entry.optional())) {
                throw YamlFiles.problemAt(manifestFile, pointer + "/file", "resource '" + entry.id() + "' needs "
                        + entry.file() + ", which does not exist");
            }
            log.warn("Knowledge pack: optional resource '{}' skipped: {} does not exist", entry.id(), entry.file());
            return Optional.empty();
        }
        try {
            return Optional.of(new PackResource(entry.id(), entry.title(), file.get()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw YamlFiles.problemAt(manifestFile, pointer, e.getMessage());
        }
    }

    private static DocumentKind kind(Path manifestFile, String pointer, String kind) {
        try {
            return DocumentKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw YamlFiles.problemAt(manifestFile, pointer + "/kind",
                    "unknown document kind '" + kind + "'; the kinds are handbook, rubric, standard, template");
        }
    }

    /** A file the manifest names (at {@code pointer}) that does not exist. */
    private record MissingFile(String pointer, String name) {
    }

    /**
     * The files a manifest name stands for: itself if it exists, or the matches of a glob, in name
     * order. A name that stands for no file is added to {@code missing}.
     */
    private static List<Path> resolve(Path root, Path manifestFile, String pointer, String name, List<MissingFile> missing) {
        List<Path> files = matching(root, manifestFile, pointer, name);
        if (files.isEmpty()) {
            missing.add(new MissingFile(pointer, name));
        }
        return files;
    }

    private static List<Path> matching(Path root, Path manifestFile, String pointer, String name) {
        Path path = root.resolve(name).normalize();
        if (!path.startsWith(root)) {
            throw YamlFiles.problemAt(manifestFile, pointer, name + " is outside the pack folder");
        }
        if (!name.contains("*") && !name.contains("?") && !name.contains("[")) {
            return Files.isRegularFile(path) ? List.of(path) : List.of();
        }
        Path folder = path.getParent();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        // The folder's own file system: the embedded pack is inside the application jar.
        PathMatcher matcher = folder.getFileSystem().getPathMatcher("glob:" + path.getFileName());
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(file -> Files.isRegularFile(file) && matcher.matches(file.getFileName())).sorted().toList();
        } catch (IOException e) {
            throw new KnowledgePackException(folder, 0, "cannot be listed: " + e.getMessage(), e);
        }
    }

    private static Path requireExtension(Path file, String extension) {
        if (!file.getFileName().toString().endsWith(extension)) {
            throw new KnowledgePackException(file, 0, "expected a " + extension + " file for this kind of document");
        }
        return file;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** What a load collects before the pack is built and validated as a whole. */
    private static final class PackBuilder {
        final List<DocumentInfo> documents = new ArrayList<>();
        final List<Passage> passages = new ArrayList<>();
        final List<GlossaryEntry> glossary = new ArrayList<>();
        final List<MappingTemplate> templates = new ArrayList<>();
        final List<PackResource> resources = new ArrayList<>();
        Rubric rubric;
        ServiceVocabulary vocabulary = ServiceVocabulary.none();

        KnowledgePack build() {
            return new KnowledgePack(documents, passages, glossary, vocabulary,
                    rubric == null ? Rubric.none() : rubric, templates, resources);
        }
    }
}
