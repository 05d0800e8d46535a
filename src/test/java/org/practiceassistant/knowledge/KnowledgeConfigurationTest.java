package org.practiceassistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class KnowledgeConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(KnowledgeConfiguration.class);

    @Test
    void theDefaultPathLoadsThePackShippedAtTheRepositoryRoot() {
        context.run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started.getBean(KnowledgePack.class).passages()).isNotEmpty();
        });
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
