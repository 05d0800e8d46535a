package org.practiceassistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

@ExtendWith(OutputCaptureExtension.class)
class KnowledgeConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(KnowledgeConfiguration.class);

    @Test
    void withNoFolderConfiguredThePackEmbeddedInTheApplicationLoads(CapturedOutput output) {
        context.run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started.getBean(KnowledgePack.class).passages()).isNotEmpty();
        });
        assertThat(output).contains("Knowledge pack loaded from the application (embedded)");
    }

    @Test
    void aConfiguredFolderIsLoadedInsteadOfTheEmbeddedPack(CapturedOutput output) {
        context.withPropertyValues("assistant.knowledge.path=knowledge").run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started.getBean(KnowledgePack.class).passages()).isNotEmpty();
        });
        assertThat(output).contains("Knowledge pack loaded from " + Path.of("knowledge").toAbsolutePath())
                .doesNotContain("(embedded)");
    }

    @Test
    void aWrongPathStopsStartUpNamingTheManifestItLookedFor() {
        context.withPropertyValues("assistant.knowledge.path=no-such-folder").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause()
                    .isInstanceOf(KnowledgePackException.class)
                    .hasMessageContaining("no-such-folder")
                    .hasMessageContaining("pack.yaml");
        });
    }
}
