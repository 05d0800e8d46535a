package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The words a worker thinks aloud with before an answer are left out of what is composed, in words of our own: one case
 * per opener, and the answers that must stay as typed (an opener inside the sentence, a word that only looks like one,
 * an answer that is nothing but the opener, and "I think" in what has happened, where it says the worker's opinion).
 */
class SpokenOpenersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I suppose that he will keep running off|he will keep running off",
            "I suppose he will keep running off|he will keep running off",
            "i think Rosa will stop eating|Rosa will stop eating",
            "I think that Rosa will stop eating|Rosa will stop eating",
            "I think, Rosa will stop eating|Rosa will stop eating",
            "I guess Rosa will stop eating|Rosa will stop eating",
            "i reckon Rosa will stop eating|Rosa will stop eating",
            "I’d say Rosa will stop eating|Rosa will stop eating",
            "I would say Rosa will stop eating|Rosa will stop eating",
            "ok so Rosa will stop eating|Rosa will stop eating",
            "OK, Rosa will stop eating|Rosa will stop eating",
            "okay Rosa will stop eating|Rosa will stop eating",
            "um Rosa will stop eating|Rosa will stop eating",
            "umm, Rosa will stop eating|Rosa will stop eating",
            "erm Rosa will stop eating|Rosa will stop eating",
            "er... Rosa will stop eating|Rosa will stop eating",
            "uh Rosa will stop eating|Rosa will stop eating",
            "hmm Rosa will stop eating|Rosa will stop eating",
            "basically Rosa will stop eating|Rosa will stop eating",
            "so basically Rosa will stop eating|Rosa will stop eating",
            "well, Rosa will stop eating|Rosa will stop eating",
            "right so Rosa will stop eating|Rosa will stop eating",
            "um ok so basically I think that Rosa will stop eating|Rosa will stop eating",
            // a lone "so" before a clause of its own: a date, a name, a pronoun, someone of the family
            "so on 3 may dad grabbed mum round the throat|on 3 may dad grabbed mum round the throat",
            "so Rosa will stop eating|Rosa will stop eating",
            "so she will stop eating|she will stop eating",
            "so mum says Rosa has not eaten since Friday|mum says Rosa has not eaten since Friday",
            "so 3 times since March Rosa has not eaten|3 times since March Rosa has not eaten"})
    void anOpenerIsLeftOffTheFront(String typed, String kept) {
        assertThat(SpokenOpeners.withoutOpeners(typed)).isEqualTo(kept);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // inside the sentence, never touched
            "Rosa said I think he hit her",
            "Rosa will stop eating, I think",
            "mum is ok so far but Rosa will stop eating",
            // words that only look like openers at the start
            "so long as Dad drinks, Rosa will stop eating",
            "so tired she cannot get up for school",
            "so-called friends take her phone",
            "so far mum has kept every visit",
            "so that Rosa is safe",
            "well fed and in clean clothes every day",
            "right arm bruised on 3 March",
            "okayed by the school nurse",
            "umbrella fund pays for the trips",
            "ill kids are sent home",
            "i thinking", // not the hedge: no word boundary after "think"
            // nothing but the opener: kept whole, never emptied
            "ok",
            "I think so",
            "um"})
    void whatIsNotAnOpenerAtTheFrontStaysAsTyped(String typed) {
        assertThat(SpokenOpeners.withoutOpeners(typed)).isEqualTo(typed);
    }

    /**
     * Decided: "I think Mum is scared of him" as what has happened keeps its "I think". After "This is because" it marks the
     * worker's opinion, not something seen; left off, the statement would state it as a fact about the family. A filler
     * before it still goes. In the fear the hedge goes: "... are worried that ..." already says it is their view.
     */
    @Test
    void whatHasHappenedKeepsTheWorkersIThinkAndLosesOnlyFillers() {
        assertThat(SpokenOpeners.withoutFillers("I think Mum is scared of him")).isEqualTo("I think Mum is scared of him");
        assertThat(SpokenOpeners.withoutFillers("um I think Mum is scared of him")).isEqualTo("I think Mum is scared of him");
        assertThat(SpokenOpeners.withoutFillers("ok so Dad shouted at Rosa on Friday")).isEqualTo("Dad shouted at Rosa on Friday");
        assertThat(SpokenOpeners.withoutOpeners("I think Mum is scared of him")).isEqualTo("Mum is scared of him");
    }

    @Test
    void theComposedStatementAndGoalCarryNoneOfThem() {
        var named = new StatementComposer.Named(List.of("Rosa"), List.of("Rosa"));
        var answers = WorryAnswers.empty()
                .withWorry("ok so the school and me", "are", "I suppose that she will stop eating and get poorly")
                .withAnswer(Step.HARM, "um I think mum is scared of dad, he shouted at Rosa on 3 March")
                .withAnswer(Step.NETWORK, "basically mum and Nan Pat")
                .withAnswer(Step.DOING, "erm Nan Pat will cook tea with Rosa every day")
                .withAnswer(Step.CHILD_EXPERIENCE, "I think Rosa will enjoy her meals")
                .withAnswer(Step.TIMESCALE, "um for the next 3 months")
                .withAnswer(Step.HOW_KNOWN, "ok so the school will weigh Rosa each week");
        var composer = new StatementComposer();
        String statement = composer.statement(answers, named);
        String goal = composer.goal(answers, CoachFixtures.SAFETY, "Rosa", named);

        assertThat(statement).startsWith("The school and I are worried that if nothing changes, Rosa will stop eating")
                .contains("This is because I think mum is scared of dad")
                .doesNotContainIgnoringCase("suppose").doesNotContainIgnoringCase("ok so").doesNotContainPattern("(?i)\\bum\\b");
        assertThat(goal).startsWith("Mum and Nan Pat will work together so that Rosa")
                .contains("Nan Pat will cook tea").contains("Rosa will enjoy her meals").contains("for the next 3 months")
                .contains("because the school will weigh Rosa")
                .doesNotContainIgnoringCase("basically").doesNotContainPattern("(?i)\\berm\\b").doesNotContain("I think")
                .doesNotContainIgnoringCase("ok so").doesNotContainPattern("(?i)\\bum\\b");
    }
}
