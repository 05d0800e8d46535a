package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceassistant.draft.CoachFixtures.Conversation;

/**
 * A worker's own question after their answer at a step (draft25, from blind13's transcripts, in words of our own): the
 * coach answers it first and never keeps it inside the answer (the composed statement read "..., is that ok?."); a
 * note about the answer's words comes after the answer to the question, not instead of it.
 */
class QuestionAfterTheAnswerTest {

    private final MappingCoach coach = CoachFixtures.coach();

    @Test
    void anAnswerWithIsThatOkAfterItIsKeptWithoutTheQuestionAndTheQuestionIsAnswered() {
        var c = new Conversation(coach).start().say("child in need", "Ollie 8",
                "Ollie has been biting his hand when he gets upset, most days after school, and on Monday it bled?"
                        + " is that the kind of thing you mean?");
        assertThat(c.step()).isEqualTo(Step.COMPLICATING_FACTORS);
        assertThat(c.current().currentWorry().harm())
                .isEqualTo("Ollie has been biting his hand when he gets upset, most days after school, and on Monday it bled");
        assertThat(c.text()).startsWith("On your question: yes");
    }

    @Test
    void aFearWithAQuestionAfterItIsTheFearAlone() {
        var c = new Conversation(coach).atRubysWorryStep().say("school and me",
                "Ruby will keep missing school and fall further behind, is that ok?");
        assertThat(c.step()).isEqualTo(Step.NETWORK);
        assertThat(c.current().worries().getFirst().fear()).doesNotContain("?").doesNotContain("is that ok");
    }

    @Test
    void whenTheAnswerStillNeedsMoreTheQuestionIsAnsweredBeforeTheReAsk() {
        var c = new Conversation(coach).start().say("child in need", "Ollie 8", "Ollie gets upset lots, is that enough?");
        assertThat(c.step()).isEqualTo(Step.HARM);
        assertThat(c.text()).startsWith("On your question: nearly");
        assertThat(c.replies).hasSizeGreaterThan(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ollie has been biting his hand most days after school?",
            "what counts as a complicating factor? is being tired one?", "is it ok?", "so what do i put here?"})
    void aQuestionAloneOrAnAnswerEndingInItsOwnQuestionMarkIsNoAnswerWithAQuestionAfterIt(String said) {
        assertThat(QuestionAfterTheAnswer.of(said)).isEmpty();
    }

    @Test
    void theQuestionIsTheLastClauseAfterAnAnswerOfAFewWords() {
        assertThat(QuestionAfterTheAnswer.of("mum will burn out and not manage, is that ok?"))
                .contains(new QuestionAfterTheAnswer.Asked("mum will burn out and not manage", "is that ok?"));
        assertThat(QuestionAfterTheAnswer.of("Nan has him on Fridays and he sleeps well there. Does that count?"))
                .contains(new QuestionAfterTheAnswer.Asked("Nan has him on Fridays and he sleeps well there", "Does that count?"));
    }
}
