package org.practiceassistant.teamsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * After {@code package}: with {@code -DBOT_ID} the zip to upload to Teams is named by that bot and holds
 * exactly the checked files, at its root; a plain build makes none (so it cannot overwrite one).
 */
class TeamsAppPackageIT {

    static final String ZIP = System.getProperty("teams.app.zip", "");
    static final Path CHECKED = Path.of(System.getProperty("teams.app.dir", "target/teams-app"));

    @Test
    void aBuildForABotMakesItsPackageNamedByTheBotWithTheCheckedFilesAtItsRoot() throws IOException {
        if (ZIP.isBlank()) {
            return; // a plain build: see the next test
        }
        Path zipFile = Path.of(ZIP);
        assertThat(zipFile).exists();
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            List<String> names = new ArrayList<>();
            zip.stream().map(ZipEntry::getName).forEach(names::add);
            assertThat(names).containsExactlyInAnyOrder("manifest.json", "color.png", "outline.png");
            for (String name : names) {
                assertThat(zip.getInputStream(zip.getEntry(name)).readAllBytes())
                        .as("%s in the zip is the file the tests checked", name)
                        .isEqualTo(Files.readAllBytes(CHECKED.resolve(name)));
            }
            String botId = JsonMapper.builder().build().readTree(zip.getInputStream(zip.getEntry("manifest.json")))
                    .get("bots").get(0).get("botId").asString();
            assertThat(zipFile.getFileName().toString()).isEqualTo("teams-app-" + botId + ".zip");
        }
    }

    @Test
    void aPlainBuildMakesNoPackage() throws IOException {
        if (!ZIP.isBlank()) {
            return;
        }
        assertThat(CHECKED.getFileName().toString()).isEqualTo("teams-app");
        try (DirectoryStream<Path> zips = Files.newDirectoryStream(Path.of("target"), "*.zip")) {
            for (Path zip : zips) {
                assertThat(zip.getFileName().toString()).as("a package for the placeholder bot id")
                        .doesNotContain("00000000-0000-0000-0000-000000000000");
            }
        }
    }
}
