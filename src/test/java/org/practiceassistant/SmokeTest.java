package org.practiceassistant;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.util.Version;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void runsOnJava21() {
        assertThat(Runtime.version().feature()).isGreaterThanOrEqualTo(21);
        assertThat(Version.LATEST.major).isEqualTo(10);
    }
}
