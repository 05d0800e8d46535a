package org.practiceassistant.system.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BracketedTest {

    @Test
    void leavesOutWhatIsInRoundBracketsNestedOrNot() {
        assertThat(Bracketed.removed("Social worker (Amy) will visit")).isEqualTo("Social worker  will visit");
        assertThat(Bracketed.removed("pls check (audit (next) week) thanks")).isEqualTo("pls check  thanks");
    }

    @Test
    void anUnclosedBracketRunsToTheEndAndAStrayCloseIsKept() {
        assertThat(Bracketed.removed("mum and nan (maternal")).isEqualTo("mum and nan ");
        assertThat(Bracketed.removed("school :) and police")).isEqualTo("school :) and police");
        assertThat(Bracketed.removed("no brackets here")).isEqualTo("no brackets here");
    }
}
