package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.check;
import static org.practiceassistant.check.rules.CheckedDrafts.status;

import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/**
 * The patterns behind the tenth round's misreadings (found reading blind6, now tuning data). Every plan and sentence
 * here is written for the test, not copied from any labelled set.
 */
class RoundTenLessonsTest {

    private CheckStatus plan(String text, String criterion) {
        return check(DraftKind.PLAN, text).get(criterion).status();
    }

    @Test
    void theChildsSayIsTheirVoice() {
        String plan = """
                WORRIES
                Gran and the school are worried that Milo has been left alone at night. If this goes on he could get hurt.

                MILO'S SAY
                Milo told Gran that he gets scared when the house goes quiet.
                """;
        assertThat(plan(plan, "voice-of-child")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void whatTheChildHasToldUsIsTheirVoice() {
        String plan = """
                What we are worried about
                Nursery are worried that Ada comes in hungry. If nothing changes she will not grow well.

                What Ada has told us
                With her picture cards she picked "tummy" and "sad".
                """;
        assertThat(plan(plan, "voice-of-child")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aPlanSentAsALetterIsShared() {
        String plan = """
                Dear Jo and Sam,
                What we are worried about
                The school is worried that Kit misses breakfast. If nothing changes he will struggle to learn.

                I have sent this letter to you both and to Nan.
                """;
        assertThat(plan(plan, "shared-with-family")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aPersonalAdviserNamedInTheHeaderIsTheAllocatedWorker() {
        String plan = """
                Leaving Care | PA: Nadia Khan | Next review: 1 March
                Nadia will see Tom every 2 weeks at his flat. The plan is reviewed every 6 months.
                """;
        assertThat(plan(plan, "visits-and-review")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void asPerStatutoryTimescalesIsNoFrequency() {
        String plan = """
                Plan:
                1. SW to visit as per procedures.
                2. Core group every 6 weeks.
                """;
        assertThat(plan(plan, "visits-and-review")).isEqualTo(CheckStatus.FAIL);
        assertThat(plan(plan.replace("as per procedures", "twice per month"), "visits-and-review")).isEqualTo(CheckStatus.PASS);
    }
}
