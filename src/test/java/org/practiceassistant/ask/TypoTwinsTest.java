package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TypoTwinsTest {

    private static final String QUESTION = "How many days have I got to do the first home visit on a new assessment?";

    @Test
    void misspellsTwoWordsWithoutCapitalOrQuestionMark() {
        String twin = TypoTwins.twin(QUESTION, TypoTwins.SEED);

        String[] original = QUESTION.toLowerCase().replace("?", "").split(" ");
        String[] typed = twin.split(" ");
        assertThat(typed).hasSameSizeAs(original);
        int changed = 0;
        for (int i = 0; i < typed.length; i++) {
            changed += typed[i].equals(original[i]) ? 0 : 1;
        }
        assertThat(changed).isEqualTo(2);
        assertThat(twin).doesNotContain("?").isLowerCase();
    }

    @Test
    void isReproducibleForASeedAndDiffersAcrossSeeds() {
        assertThat(TypoTwins.twin(QUESTION, 5)).isEqualTo(TypoTwins.twin(QUESTION, 5));
        assertThat(List.of(1L, 2L, 3L, 4L).stream().map(seed -> TypoTwins.twin(QUESTION, seed)).distinct()).hasSizeGreaterThan(1);
    }

    @Test
    void leavesShortWordsAloneAndMisspellsTheOneLongWordOfAShortQuestion() {
        String twin = TypoTwins.twin("is a CP plan?", 1);

        assertThat(twin).startsWith("is a cp ").isNotEqualTo("is a cp plan");
        assertThat(TypoTwins.twin("is a cp ok", 1)).isEqualTo("is a cp ok");
    }
}
