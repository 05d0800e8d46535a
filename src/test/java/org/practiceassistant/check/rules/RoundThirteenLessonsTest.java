package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.check;

import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/**
 * The thirteenth round: patterns read in blind9 (now tuning data). Every sentence and plan here is written for the test,
 * not copied from any labelled set.
 */
class RoundThirteenLessonsTest {

    private static final String WORRY = """
            What we are worried about
            The school is worried because Jay (7) has been left alone at night twice. If nothing changes he could be hurt in a fire.

            """;

    @Test
    void anIdentityPartThatSaysThereIsNothingToTakeIntoAccountIsNotMet() {
        for (String identity : new String[] {"No identity or diversity issues identified.", "Irish family. No issues.",
                "Jay is doing well at school. No cultural needs identified."}) {
            var report = check(DraftKind.PLAN, WORRY + "Identity and diversity\n" + identity + "\n\nNetwork\nGran Sue will have Jay on Fridays.\n");
            assertThat(report.get("identity-and-diversity").status()).as(identity).isEqualTo(CheckStatus.FAIL);
        }
        var report = check(DraftKind.PLAN, WORRY + "Identity and diversity\nNo issues identified. Jay is Catholic and his mum will keep"
                + " taking him to church on Sundays as she does now.\n");
        assertThat(report.get("identity-and-diversity").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void partsNumberedOneByOneEndTheNumberedItemsAboveThem() {
        String plan = """
                1. What we are worried about
                1.1 The school is worried because Jay (7) has been left alone at night twice. If nothing changes he could be hurt in a fire.

                2. Who will do what
                2.1 Gran Sue will have Jay to stay every Friday night - from now.
                2.2 Mum will ring Gran Sue before she goes out - every time, from now.
                2.3 Mr Lee (teacher) will talk to Jay every Monday - weekly from 1 May.

                3. Day to day
                Mornings: Mum walks Jay to school. Evenings: tea at 5 and bed at 7.

                4. What Jay and Mia say
                4.1 Jay said: "I don't like being on my own."

                5. Who Jay and Mia are
                The family are Welsh speakers and go to chapel on Sundays, which matters to Jay.
                """;
        var report = check(DraftKind.PLAN, plan);
        assertThat(report.get("who-what-when").status()).isEqualTo(CheckStatus.PASS);
        assertThat(report.get("voice-of-child").status()).isEqualTo(CheckStatus.PASS);
        assertThat(report.get("identity-and-diversity").status()).isEqualTo(CheckStatus.PASS);
        assertThat(PlanSection.ofHeading("What Mum and Dad say")).isNotEqualTo(java.util.Optional.of(PlanSection.VOICE_OF_CHILD));
        assertThat(PlanSection.ofHeading("Family, culture and faith")).contains(PlanSection.IDENTITY);
    }
}
