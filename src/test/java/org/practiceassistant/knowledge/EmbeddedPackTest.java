package org.practiceassistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pack carried on the class path loads, and is validated, as a folder on disk is. */
class EmbeddedPackTest {

    private static final Path REPOSITORY_PACK = Path.of("knowledge");

    @TempDir
    Path temp;

    @Test
    void theBuildCarriesTheRepositorysPackOnTheClassPath() {
        KnowledgePack embedded = new KnowledgePackLoader().load(EmbeddedPack.folder(getClass().getClassLoader()));
        KnowledgePack onDisk = new KnowledgePackLoader().load(REPOSITORY_PACK);

        assertThat(embedded.passages()).isNotEmpty().isEqualTo(onDisk.passages());
        assertThat(embedded.resources()).extracting(PackResource::id).containsExactlyElementsOf(
                onDisk.resources().stream().map(PackResource::id).toList());
    }

    @Test
    void aPackInsideAJarLoadsWholeIncludingGlobsAndResources() throws IOException {
        Path jar = jarOf(REPOSITORY_PACK, null);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Path folder = EmbeddedPack.folder(loader);
            KnowledgePack pack = new KnowledgePackLoader().load(folder);

            assertThat(folder.toUri().toString()).startsWith("jar:file:").endsWith("!/knowledge");
            assertThat(pack.passages()).hasSameSizeAs(new KnowledgePackLoader().load(REPOSITORY_PACK).passages());
            // Read after loading, as Ask and Check read them: the jar's file system is still open.
            assertThat(Files.readString(pack.resource("synonyms").orElseThrow().file())).isNotBlank();
            // A second look (another context in the same JVM) reuses the open file system.
            assertThat(new KnowledgePackLoader().load(EmbeddedPack.folder(loader)).passages()).hasSameSizeAs(pack.passages());
        }
    }

    @Test
    void aBrokenFileInsideTheJarIsNamedByItsJarEntryAndLine() throws IOException {
        String broken = Files.readString(REPOSITORY_PACK.resolve("handbook/glossary.yaml"), StandardCharsets.UTF_8)
                + "\nbroken: [never closed\n";
        long brokenLine = broken.lines().count();
        Path jar = jarOf(REPOSITORY_PACK, broken);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Path folder = EmbeddedPack.folder(loader);

            assertThatThrownBy(() -> new KnowledgePackLoader().load(folder))
                    .isInstanceOf(KnowledgePackException.class)
                    .hasMessageContaining(jar.toUri().getPath())
                    .hasMessageContaining("!/knowledge/handbook/glossary.yaml line ")
                    .hasMessageMatching("(?s).*glossary\\.yaml line (" + brokenLine + "|" + (brokenLine + 1) + "):.*");
        }
    }

    @Test
    void aBuildWithoutAPackSaysHowToGiveItOne() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> EmbeddedPack.folder(empty))
                    .isInstanceOf(KnowledgePackException.class)
                    .hasMessageContaining("classpath:knowledge/pack.yaml")
                    .hasMessageContaining("assistant.knowledge.path");
        }
    }

    /** A jar holding {@code pack} under {@code knowledge/}, with the glossary replaced when {@code glossary} is given. */
    private Path jarOf(Path pack, String glossary) throws IOException {
        Path jar = temp.resolve("pack.jar");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(pack)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            for (Path file : files) {
                String name = pack.relativize(file).toString().replace('\\', '/');
                zip.putNextEntry(new JarEntry("knowledge/" + name));
                zip.write(glossary != null && name.equals("handbook/glossary.yaml")
                        ? glossary.getBytes(StandardCharsets.UTF_8) : Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
