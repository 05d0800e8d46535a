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
        assertThat(KindGuess.named("safety goal - Gran will collect Jack")).hasValue(new KindGuess.Named(DraftKind.SAFETY_GOAL, "Gran will collect Jack"));
    }

    @Test
    void theShortLabelsWorkersPasteUnderAreKindsToo() {
        assertThat(KindGuess.named("SG - Dad will stop drinking by June")).hasValue(new KindGuess.Named(DraftKind.SAFETY_GOAL, "Dad will stop drinking by June"));
        assertThat(KindGuess.named("DS: Mum drinks every night")).hasValue(new KindGuess.Named(DraftKind.DANGER_STATEMENT, "Mum drinks every night"));
        assertThat(KindGuess.named("WS \u2013 the school is worried")).hasValue(new KindGuess.Named(DraftKind.WORRY_STATEMENT, "the school is worried"));
        assertThat(KindGuess.named("wg: Amy will go to school")).hasValue(new KindGuess.Named(DraftKind.WELLBEING_GOAL, "Amy will go to school"));
        assertThat(KindGuess.named("Dsouza family are worried")).isEmpty();
    }

    @Test
    void guessesFromWhatTheTextSays() {
        assertThat(KindGuess.guess("We are worried that Mark hits Kelly.")).isEqualTo(DraftKind.DANGER_STATEMENT);
        assertThat(KindGuess.guess("Gran will collect Jack from school every day for six months.")).isEqualTo(DraftKind.SAFETY_GOAL);
        assertThat(KindGuess.guess("Worries\nMark hits Kelly\nGoals\nGran will help\nBottom lines\nNo drinking")).isEqualTo(DraftKind.PLAN);
    }
}
