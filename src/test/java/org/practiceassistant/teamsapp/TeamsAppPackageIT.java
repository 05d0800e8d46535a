package org.practiceassistant.teamsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** After {@code package}: the zip to upload to Teams holds exactly the checked files, at its root. */
class TeamsAppPackageIT {

    static final Path ZIP = Path.of("target/practice-assistant-teams-app.zip");
    static final Path CHECKED = Path.of("target/teams-app");

    @Test
    void zipHasTheManifestAndBothIconsAtItsRoot() throws IOException {
        assertThat(ZIP).exists();
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            List<String> names = new ArrayList<>();
            zip.stream().map(ZipEntry::getName).forEach(names::add);
            assertThat(names).containsExactlyInAnyOrder("manifest.json", "color.png", "outline.png");
            for (String name : names) {
                assertThat(zip.getInputStream(zip.getEntry(name)).readAllBytes())
                        .as("%s in the zip is the file the tests checked", name)
                        .isEqualTo(Files.readAllBytes(CHECKED.resolve(name)));
            }
        }
    }
}
