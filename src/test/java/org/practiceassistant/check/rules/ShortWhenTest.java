package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The by-when of an action line typed short in a pasted plan: read as a when, and what only looks like one, not. */
class ShortWhenTest {

    @ParameterizedTest
    @ValueSource(strings = {"8th jan", "8 Jan", "jan 8th", "8th of jan", "8th may", "Mum to ring school by fri",
            "by fri", "tues", "Tues", "fri pm", "12th", "on the 12th", "Dad to take Jack to the GP on the 12th, then ring SW",
            "by the 3rd at 4", "in feb", "Gran to sort the bedroom in feb", "w/c 5th", "W/C 5/1", "week commencing 5th",
            "end of nov", "end of may", "mid feb", "end of next wk", "by 12/1", "next wk", "within 2 wks", "this wk",
            "from mon", "every sat", "by Mar"})
    void shortDatesAreAWhen(String when) {
        assertThat(ShortWhen.in(when)).as(when).isTrue();
        assertThat(WhoWhatWhenCriterion.hasWhen(when)).as(when).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"asap", "ASAP", "as soon as possible", "Mum to ring the GP asap"})
    void asSoonAsPossibleIsNoWhen(String when) {
        assertThat(WhoWhatWhenCriterion.hasWhen(when)).as(when).isFalse();
    }

    @Test
    void asSoonAsSomethingHappensIsStillAWhen() {
        assertThat(WhoWhatWhenCriterion.hasWhen("Mum rings Gran as soon as Dad comes home drunk")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ongoing", "Ongoing", "tbc", "TBC", "as needed", "as and when", "when needed",
            "Mum sat with the worker", "the flat on the 2nd floor", "Mum may ring the school", "within weeks",
            "in weeks", "sun cream", "in may be", "Jack is in year 8", "he is 8 and wed to his phone", "ask Mum 1 2 3",
            "the 12 steps", "w/c", "end of the line", "on the phone"})
    void wordsThatOnlyLookLikeDatesAreNot(String text) {
        assertThat(ShortWhen.in(text)).as(text).isFalse();
        assertThat(WhoWhatWhenCriterion.hasWhen(text)).as(text).isFalse();
    }
}
