package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How the coach reads short typed answers: typos, numbers, short forms, "not sure". */
class ForgivingWordsTest {

    private final CoachIntentParser parser = new CoachIntentParser();

    @ParameterizedTest
    @CsvSource({"bakc, BACK", "Back., BACK", "examle?, EXAMPLE", "exmaple, EXAMPLE", "hlep, HELP", "help!, HELP",
            "skp, SKIP", "skip this, SKIP", "where am i, WHERE_AM_I", "wher am i, WHERE_AM_I", "cancel, CANCEL",
            "start over, START_OVER", "cancle, CANCEL", "strat over, START_OVER", "Cancle., CANCEL", "restrat, START_OVER"})
    void commandsForgiveTypos(String typed, CoachCommand command) {
        assertThat(parser.parse(typed)).isEqualTo(new CoachInput.Command(command));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jack", "stpo", "back door was left open", "Mack 4", "cancer", "Carmel", "Walt", "Watt"})
    void namesAndWordsThatThrowAnswersAwayAreNeverGuessed(String typed) {
        assertThat(parser.parse(typed)).isInstanceOf(CoachInput.Answer.class);
    }

    /** English words a slip or two from a command are what the worker meant: a name ("Precious", "Beck"), a place, a word. */
    @ParameterizedTest
    @ValueSource(strings = {"Precious", "precious.", "Beck", "play", "bank", "held", "person", "ship", "past"})
    void wordsNearACommandAreAnswers(String typed) {
        assertThat(parser.parse(typed)).isInstanceOf(CoachInput.Answer.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I don't know", "dont know", "idk", "not sure", "Not sure tbh", "no idea", "unsure?",
            "i dont know yet", "need to find out"})
    void notKnowingIsNotAnAnswer(String typed) {
        assertThat(parser.parse(typed)).isInstanceOf(CoachInput.NotKnown.class);
    }

    @Test
    void anAnswerThatMentionsNotKnowingIsStillAnAnswer() {
        assertThat(parser.parse("Mum is not sure whether Dad still has a key to the flat")).isInstanceOf(
                CoachInput.Answer.class);
    }

    @ParameterizedTest
    @CsvSource({"y, true", "yes pls, true", "yse, true", "yep, true", "acept, true", "nope, false", "no thanks, false",
            "n, false"})
    void yesAndNoForgiveTypos(String typed, boolean yes) {
        assertThat(parser.isYes(typed)).isEqualTo(yes);
        assertThat(parser.isNo(typed)).isEqualTo(!yes);
    }

    @ParameterizedTest
    @CsvSource({"cp, CHILD_PROTECTION", "child protecton, CHILD_PROTECTION", "3, CHILD_PROTECTION",
            "early help, EARLY_HELP", "Early Hlep, EARLY_HELP", "CIN, CHILD_IN_NEED", "child in ned, CHILD_IN_NEED",
            "lac, CHILDREN_LOOKED_AFTER", "leaving car, LEAVING_CARE", "14 plus, FOURTEEN_PLUS", "mash, FIRST_CONTACT",
            "fostering, FOSTERING"})
    void servicesByNameNumberShortFormOrTypo(String typed, ServiceArea area) {
        assertThat(ServiceArea.parse(typed)).contains(area);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"actually its early help not cp|EARLY_HELP",
            "sorry it's child in need|CHILD_IN_NEED", "wrong service, should be cp|CHILD_PROTECTION"})
    void aChangeOfServiceMidFlow(String typed, ServiceArea area) {
        assertThat(ServiceArea.changeIn(typed)).contains(area);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mum said it's not as bad as the school says", "early help was offered in May",
            "its cp or cin"})
    void answersThatMentionAServiceDoNotChangeIt(String typed) {
        assertThat(ServiceArea.changeIn(typed)).isEqualTo(Optional.empty());
    }
}
