package org.practiceassistant.system.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WellFormedTextTest {

    @Test
    void loneSurrogatesBecomeReplacementCharactersAndPairsStay() {
        assertThat(WellFormedText.of("fire drill \ud83d")).isEqualTo("fire drill \ufffd");
        assertThat(WellFormedText.of("\udc00 then")).isEqualTo("\ufffd then");
        assertThat(WellFormedText.of("\ud83d\ud83d\ude00")).isEqualTo("\ufffd\ud83d\ude00");
        assertThat(WellFormedText.of("family \ud83d\ude00")).isEqualTo("family \ud83d\ude00");
        assertThat(WellFormedText.of(null)).isNull();
    }

    @Test
    void theResultRoundTripsThroughUtf8() {
        String text = WellFormedText.of("a\ud800b\udfffc\ud83d");
        assertThat(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(text);
    }
}
