package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Slips at the worry step: a hope given as the fear, "back" half way through, a record given as who is worried. */
class WorryStepSlipsTest {

    private static CoachFixtures.Conversation atWorry() {
        return CoachFixtures.atStep(Step.WORRY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Ella will be settled, happy and well fed at nursery|true",
            "Ella will not be fed or kept clean|false", "Ella will be hurt|false", "ella is safe but scared at night|false"})
    void aGoodOutcomeIsAHopeNotAFear(String said, boolean hope) {
        assertThat(HopeNotFear.soundsLikeAHope(said)).as(said).isEqualTo(hope);
    }

    /**
     * One list of what a good life looks like: the coach asks about a fear exactly when Check's future criterion, given
     * the statement it would compose, finds only good to come (before the thirteenth round the coach had its own list).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Ella will be loved and secure|true", "Ella will feel lonely|false", "Ella will be calm, fed and at school|true",
            "Ella will be looked after and clean|true", "Ella will be hurt and not fed|false", "Ella will not feel safe|false"})
    void theCoachAndCheckShareOneListOfHopes(String said, boolean hope) {
        assertThat(HopeNotFear.soundsLikeAHope(said)).as(said).isEqualTo(hope);
        var future = RealChecker.CHECKER.check(org.practiceassistant.check.DraftKind.DANGER_STATEMENT,
                "The school and I are worried that if nothing changes, " + said + ". This is because Dad hit Ella on 3 May.")
                .checks().stream().filter(c -> c.id().equals("future-if-nothing-changes")).findFirst().orElseThrow();
        assertThat(future.status() == org.practiceassistant.check.CheckStatus.FAIL).as(said).isEqualTo(hope);
    }

    /**
     * One reading of harm too (fourteenth round): whether a sentence after the people named is a fear is Check's reading
     * ({@code FearReading.saysAHarm}), not a second word list kept by the coach.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"amber gets let down and hurt every time|true", "scared grace gets bullied|true",
            "rose gets hit when dad kicks off|true", "kai wont have anyone to talk to|true", "Sam likes drawing|false",
            "mia goes to dance on saturdays|false"})
    void theCoachReadsAHarmWithChecksWordsAlone(String said, boolean harm) {
        assertThat(HopeNotFear.saysAHarm(said)).as(said).isEqualTo(harm);
        assertThat(HopeNotFear.class.getDeclaredFields()).as("HopeNotFear keeps no word list of its own").isEmpty();
    }

    @Test
    void aHopeTypedAsTheFearIsAskedAboutAndKeptWhenSentAgain() {
        var c = atWorry().say("the nursery");
        c.say("Ella will be calm and happy at home");
        assertThat(c.step()).isEqualTo(Step.WORRY);
        assertThat(c.text()).contains("hope for");
        c.say("Ella will be calm and happy at home");
        assertThat(c.step()).isEqualTo(Step.NETWORK);
    }

    @Test
    void backAfterWhoIsWorriedUndoesWhoAndStaysAtTheStep() {
        var c = atWorry().say("the nursery", "back");
        assertThat(c.step()).isEqualTo(Step.WORRY);
        assertThat(c.current().currentWorry().whoIsWorried()).isNull();
        assertThat(c.current().currentWorry().workingWell()).isEqualTo(CoachFixtures.CP_TO_REVIEW[Step.WORKING_WELL.ordinal()]);
        c.say("back");
        assertThat(c.step()).isEqualTo(Step.WORKING_WELL);
    }

    @ParameterizedTest
    @CsvSource({"the nursery log", "school attendance figures", "police records"})
    void aRecordIsNotWhoIsWorried(String said) {
        assertThat(WhoIsWorried.whoAlone(said)).as(said).isEmpty();
    }
}
