package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.Test;
import org.practiceassistant.check.DraftKind;

class KindGuessTest {

    @Test
    void aNamedKindWinsAndIsTakenOffTheText() {
        assertThat(KindGuess.named("goal Gran will collect Jack")).hasValue(new KindGuess.Named(DraftKind.SAFETY_GOAL, "Gran will collect Jack"));
        assertThat(KindGuess.named("safety goal: Gran will collect Jack")).hasValue(new KindGuess.Named(DraftKind.SAFETY_GOAL, "Gran will collect Jack"));
        assertThat(KindGuess.named("plan")).hasValue(new KindGuess.Named(DraftKind.PLAN, ""));
        assertThat(KindGuess.named("We are worried")).isEmpty();
    }

    @Test
    void guessesFromWhatTheTextSays() {
        assertThat(KindGuess.guess("We are worried that Mark hits Kelly.")).isEqualTo(DraftKind.DANGER_STATEMENT);
        assertThat(KindGuess.guess("Gran will collect Jack from school every day for six months.")).isEqualTo(DraftKind.SAFETY_GOAL);
        assertThat(KindGuess.guess("Worries\nMark hits Kelly\nGoals\nGran will help\nBottom lines\nNo drinking")).isEqualTo(DraftKind.PLAN);
    }
}
