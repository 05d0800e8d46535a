package org.practiceassistant.knowledge;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The knowledge pack the application carries on its class path ({@value #FOLDER}/ in the jar, copied
 * there from the repository's {@code knowledge/} by the build): the default when no folder is configured.
 *
 * <p>It is opened as a {@link Path} (a folder in {@code target/classes}, or a folder inside the jar through
 * the JDK's zip file system), so the one {@link KnowledgePackLoader} reads and validates it exactly as it
 * reads a folder on disk, and its errors name the entry and the jar it is in. The jar's file system stays
 * open for the life of the process: the pack's resources (synonyms, jargon) are read after loading.
 */
final class EmbeddedPack {

    static final String FOLDER = "knowledge";

    private EmbeddedPack() {
    }

    /** The folder holding the embedded {@code pack.yaml}. */
    static Path folder(ClassLoader classLoader) {
        String manifest = FOLDER + "/" + KnowledgePackLoader.MANIFEST;
        URL url = classLoader.getResource(manifest);
        if (url == null) {
            throw new KnowledgePackException(Path.of("classpath:" + manifest), 0,
                    "this build carries no knowledge pack; set assistant.knowledge.path to the pack folder");
        }
        try {
            URI uri = url.toURI();
            Path file = "jar".equals(uri.getScheme()) ? openJar(uri).provider().getPath(uri) : Path.of(uri);
            return file.getParent();
        } catch (URISyntaxException | IOException | RuntimeException e) {
            throw new KnowledgePackException(Path.of("classpath:" + manifest), 0,
                    "the embedded knowledge pack cannot be opened (" + url + "): " + e.getMessage(), e);
        }
    }

    private static FileSystem openJar(URI entry) throws IOException {
        try {
            return FileSystems.newFileSystem(entry, Map.of());
        } catch (FileSystemAlreadyExistsException alreadyOpen) {
            return FileSystems.getFileSystem(entry);
        }
    }
}
