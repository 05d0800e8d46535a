package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A frequency given as the only timescale is asked "Until when?", and the end given is joined to it. */
class UntilWhenTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "every week|true", "twice a week|true", "weekly|true", "3 times a day|true", "every other weekend|true",
            "each morning at school|true", "once a fortnight|true",
            // How often in figures and typed short: Check's grammar reads them as how often, so the coach asks "Until when?".
            "every 2 weeks|true", "2x a week|true", "twice weekly|true", "3 times a week|true",
            "every week for the next 6 months|false", "weekly until March|false", "for the next 6 months|false",
            "twice a week by the review|false", "every day until the end of term|false", "once she is settled|false",
            "by 30 June|false", "ongoing|false", "weekly weigh-ins for 6 weeks then review|false"})
    void aFrequencyWithoutAnEndIsFrequencyOnly(String said, boolean only) {
        assertThat(Frequencies.isFrequencyOnly(said)).as(said).isEqualTo(only);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "every week|6 months|every week for 6 months",
            "twice a week|next 3 months|twice a week for the next 3 months",
            "weekly.|the review in April|weekly until the review in April",
            "every day|by Easter|every day by Easter",
            "each Saturday|until the final hearing.|each Saturday until the final hearing"})
    void theEndIsJoinedToTheFrequency(String often, String end, String joined) {
        assertThat(Frequencies.withEnd(often, end)).isEqualTo(joined);
    }

    @Test
    void theCoachAsksUntilWhenAndComposesAGoalThatEnds() {
        var c = CoachFixtures.atStep(Step.TIMESCALE);
        assertThat(c.step()).isEqualTo(Step.TIMESCALE);
        c.say("every week");
        assertThat(c.step()).isEqualTo(Step.TIMESCALE);
        assertThat(c.text()).contains("Until when?").contains("end date or how long");
        c.say("the next 6 months");
        assertThat(c.step()).isEqualTo(Step.HOW_KNOWN);
        assertThat(c.current().currentWorry().timescale()).isEqualTo("every week for the next 6 months");
        c.say(CoachFixtures.CP_TO_REVIEW[Step.HOW_KNOWN.ordinal()], "accept");
        assertThat(c.text()).contains("This will happen every week for the next 6 months.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"every 2 weeks|every 2 weeks for the next 6 months", "2x a week|2x a week for the next 6 months"})
    void howOftenInFiguresIsAskedUntilWhenToo(String often, String timescale) {
        var c = CoachFixtures.atStep(Step.TIMESCALE);
        c.say(often);
        assertThat(c.step()).isEqualTo(Step.TIMESCALE);
        assertThat(c.text()).contains("Until when?");
        c.say("the next 6 months");
        assertThat(c.step()).isEqualTo(Step.HOW_KNOWN);
        assertThat(c.current().currentWorry().timescale()).isEqualTo(timescale);
    }

    @Test
    void theFrequencySentAgainIsKeptAsTheWorkerStandsByIt() {
        var c = CoachFixtures.atStep(Step.TIMESCALE);
        c.say("twice a week", "twice a week");
        assertThat(c.step()).isEqualTo(Step.HOW_KNOWN);
        assertThat(c.current().currentWorry().timescale()).isEqualTo("twice a week");
    }

    @Test
    void aGoalFromAFrequencyWithAnEndReadsPlainly() {
        assertThat(StatementComposer.timescale("twice a week until the review in March"))
                .isEqualTo("happen twice a week until the review in March");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"before the panel in feb|be in place before the panel in February",
            "by 3 oct|be in place by 3 October", "the plan said 6 months so thats april|happen to this timescale: the plan said 6 months so thats April"})
    void monthsAreWrittenInFull(String said, String written) {
        assertThat(StatementComposer.timescale(said)).isEqualTo(written);
    }
}
