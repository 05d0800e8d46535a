package org.practiceassistant.system.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypingSlipsTest {

    @Test
    void oneSlipIsALetterMissingAddedChangedOrTwoSwapped() {
        assertThat(TypingSlips.withinOne("plna", "plan")).isTrue();
        assertThat(TypingSlips.withinOne("pan", "plan")).isTrue();
        assertThat(TypingSlips.withinOne("plans", "plan")).isTrue();
        assertThat(TypingSlips.withinOne("plen", "plan")).isTrue();
        assertThat(TypingSlips.withinOne("plan", "plan")).isTrue();
        assertThat(TypingSlips.withinOne("pnla", "plan")).isFalse();
    }

    @Test
    void twoSlipsReachFurther() {
        assertThat(TypingSlips.of("protection", 2).matches("protecton")).isTrue();
        assertThat(TypingSlips.of("protection", 2).matches("protcton")).isTrue();
        assertThat(TypingSlips.of("protection", 1).matches("protcton")).isFalse();
    }

    @Test
    void keepingTheFirstLetterNeverReadsANameAsTheWord() {
        TypingSlips back = TypingSlips.keepingFirstLetter("back", 1);
        assertThat(back.matches("bakc")).isTrue();
        assertThat(back.matches("jack")).isFalse();
    }
}
