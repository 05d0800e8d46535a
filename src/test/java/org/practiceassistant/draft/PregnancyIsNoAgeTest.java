package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "chantelle 18, care leaver, 22 wks pregnant": how far on a pregnancy is, is no child's age ("Leaver (22 weeks)"). */
class PregnancyIsNoAgeTest {

    @Test
    void weeksPregnantAfterARoleIsNoChild() {
        assertThat(AnswerParsers.children("chantelle 18, care leaver, 22 wks pregnant")).extracting(Child::describe)
                .containsExactly("Chantelle (18)");
    }

    @Test
    void aBabyOfWeeksIsStillAChild() {
        assertThat(AnswerParsers.children("rose 7 wks")).extracting(Child::describe).containsExactly("Rose (7 weeks)");
    }
}
