package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.draft.CoachFixtures.Conversation;

/**
 * The twenty-third round's findings (blind14 read), in words of our own: a worker who says the young person "is worried
 * herself" lists her among who is worried (before, "herself" was kept as the fear); "MGM" and "SENCO" written in the
 * family's words in what is composed; "to be accommodated" as going into care; a 40-word sentence joined only by "and"
 * split where a clause of its own starts.
 */
class PlainerComposedTextTest {

    @Test
    void worriedHerselfListsHerAndTheFearIsAskedNext() {
        var c = new Conversation(CoachFixtures.coach()).atRubysWorryStep()
                .say("me, the school nurse, Ruby's aunt Jo, Ruby is worried herself");
        assertThat(c.step()).isEqualTo(Step.WORRY);
        assertThat(c.current().currentWorry().whoIsWorried()).contains("Ruby").contains("the school nurse");
        assertThat(c.current().currentWorry().fear()).isNull();
        assertThat(c.text()).contains("What do they fear will happen to Ruby");
        c.say("Ruby will fall further behind and stop wanting to go in at all");
        assertThat(c.step()).isEqualTo(Step.NETWORK);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ruby is worried herself|Ruby is worried too",
            "the boys are scared themselves, and mum|the boys are scared too, and mum",
            "she could hurt herself|she could hurt herself"})
    void worriedThemselvesIsSaidOfWhoIsWorried(String typed, String read) {
        assertThat(StepAnswers.worriedThemselves(typed)).isEqualTo(read);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MGM Linda will have the children at weekends|Mum's mum Linda will have the children at weekends",
            "Mum and the school SENCO|Mum and the school special needs teacher"})
    void abbreviationsFamiliesDoNotUseAreWrittenInTheirWords(String typed, String composed) {
        var spotter = RealChecker.spotter();
        assertThat(spotter.spelledOut(typed)).isEqualTo(composed);
        assertThat(RealChecker.CHECKER.check(DraftKind.DANGER_STATEMENT, composed).checks())
                .noneMatch(check -> check.id().equals("jargon-free") && check.status() == org.practiceassistant.check.CheckStatus.FAIL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Dan needing to be accommodated|Dan needing to go into care",
            "Dan being accommodated, or having been accommodated|Dan going into care, or having gone into care",
            "Dan could Get Accommodated|Dan could go into care",
            "the flat where Dan is accommodated|the flat where Dan is accommodated"})
    void beingAccommodatedIsGoingIntoCare(String typed, String plain) {
        assertThat(BeingAccommodated.inPlainWords(typed)).isEqualTo(plain);
    }

    @Test
    void aLongSentenceJoinedOnlyByAndIsSplitWhereAClauseStarts() {
        String long1 = "This is because dad has been out of work since the spring and he has been drinking most of the day"
                + " and Sam has been making his own breakfast and getting himself to school on his own most days this term.";
        String shortened = Sentences.shortened(long1);
        assertThat(shortened).contains(". ");
        assertThat(shortened.split("\\. ")).allMatch(sentence -> sentence.split("\\s+").length <= Sentences.MAX_WORDS);
        assertThat(shortened.replace(". ", " and ").toLowerCase(java.util.Locale.ROOT))
                .isEqualTo(long1.toLowerCase(java.util.Locale.ROOT));
        String names = "Sam and Ella and Dad and Mum and Nan and Grandad and Aunt Jo and Uncle Pete and the neighbours and"
                + " the school and the nursery and the health visitor all said so.";
        assertThat(Sentences.shortened(names)).as("no clause of its own after any \"and\"").isEqualTo(names);
    }
}
