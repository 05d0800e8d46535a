package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Newly qualified workers ask mid-flow which statement and goal the mapping writes ("is it a danger statement for mash or
 * worry one", "quick one do i write a danger statement for cin"). The coach answers with the service's words and asks its
 * question again; the question is never kept as the answer nor taken for a label to be put in plain words.
 */
class WhichWordsQuestionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"is it a danger statement for mash or worry one|true",
            "quick one do i write a danger statement for cin|true",
            "shes 18 is this still a danger statement or a worry statement|true",
            "the previous sw already did a danger statement, do i keep it|true",
            "worry statment or danger statment?|true",
            // answers that name no statement, or name one without asking, are answers
            "dad hit mum or threw a plate at her|false",
            "the old danger statement said dad hits mum|false"})
    void aShortQuestionNamingAStatementOrGoalAsksWhichWords(String said, boolean asks) {
        assertThat(CoachIntentParser.asksWhichWords(said, ForgivingMatch.normalise(said))).as(said).isEqualTo(asks);
    }

    @Test
    void theCoachAnswersWithTheServicesWordsAndAsksItsQuestionAgain() {
        var c = new CoachFixtures.Conversation(CoachFixtures.coach()).start().say("3", "Ella, 4");
        assertThat(c.step()).isEqualTo(Step.HARM);
        c.say("quick one do i write a worry statement for this");
        assertThat(c.step()).isEqualTo(Step.HARM);
        assertThat(c.text()).contains("danger statement and a paired safety goal").contains("What has happened to Ella?");
        assertThat(c.current().currentWorry().harm()).isNull();
    }

    @Test
    void askedBeforeTheServiceItSaysTheWordsDependOnIt() {
        var c = new CoachFixtures.Conversation(CoachFixtures.coach()).start().say("is it a danger statement or a worry statement?");
        assertThat(c.step()).isEqualTo(Step.SERVICE_AREA);
        assertThat(c.text()).contains("That depends on the service");
    }
}
