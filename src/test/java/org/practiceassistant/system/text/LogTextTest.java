package org.practiceassistant.system.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void idsAreKeptAsTheyAre() {
        assertThat(LogText.id("1:7Ab-x_y.z@a|b/c")).isEqualTo("1:7Ab-x_y.z@a|b/c");
        assertThat(LogText.id(null)).isEqualTo("(none)");
    }

    @Test
    void aLongValueIsCutAndCannotForgeALineOrCarryASentence() {
        String hostile = "Jane Doe\n{\"level\":\"ERROR\"}" + "x".repeat(900_000);

        String logged = LogText.id(hostile);

        assertThat(logged).hasSizeLessThan(LogText.MAX_ID + 30).doesNotContain("\n").doesNotContain(" ").doesNotContain("\"")
                .endsWith("...(length=" + hostile.length() + ")");
    }
}
