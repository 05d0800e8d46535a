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

    @Test
    void anActDoneToSomeoneInThePerfectIsSpecificBehaviourWhateverTheVerbsForm() {
        for (String statement : new String[] {
                "The school is worried that Dean and Kim have left Tia at home on her own at night. If nothing changes Tia could be hurt in a fire.",
                "The school is worried that Kim's boyfriend has taken her phone and has kept her in the flat. If nothing changes she will be cut off from help.",
                "Gran is worried that Kim finds it hard to cope and has shut him in his room for whole days. If nothing changes he will be lonely and scared."}) {
            assertThat(check(DraftKind.WORRY_STATEMENT, statement).get("specific-behaviour").status()).as(statement).isEqualTo(CheckStatus.PASS);
        }
        // Said of no one, and of no one's act on someone: still a label.
        assertThat(check(DraftKind.WORRY_STATEMENT, "The school is worried about neglect. It has affected the family. If nothing changes"
                + " things will get worse.").get("specific-behaviour").status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aGrownUpSisterOrBrotherNamedIsInTheNetwork() {
        var report = check(DraftKind.PLAN, WORRY + "Who does what\n- His sister Tara will text him every evening - from now.\n");
        assertThat(report.get("network").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void whatAYoungChildWillDoIsWhatTheyWillLive() {
        assertThat(check(DraftKind.WELLBEING_GOAL, "Kim and Dean will talk calmly when they disagree. Tia (3) will hear kind words at home."
                + " By June 2027.").get("child-outcome").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(DraftKind.WELLBEING_GOAL, "Mum to keep a bedtime routine, and Tia (6) to arrive at school rested, by the review"
                + " on 1 June.").get("child-outcome").status()).isEqualTo(CheckStatus.PASS);
        // A child an adult takes somewhere, and a young person's own task, are not what the child will live.
        assertThat(check(DraftKind.SUCCESS_GOAL, "Dean will take Tia (6) to see her nan every Sunday until June 2027.")
                .get("child-outcome").status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aChildTooYoungToSayIsHeardOnlyByWhatIsRecordedOfThem() {
        String young = WORRY + "Tia's views\n";
        assertThat(check(DraftKind.PLAN, young + "Tia is too young to tell us.\n").get("voice-of-child").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check(DraftKind.PLAN, young + "Not seen on this visit.\n").get("voice-of-child").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check(DraftKind.PLAN, young + "Tia is too young to tell us. Kim and the nursery have seen her reach for Gran and settle"
                + " quickly with her.\n").get("voice-of-child").status()).isEqualTo(CheckStatus.PASS);
        // Seen before another child is called too young: that child's view is still missing.
        assertThat(check(DraftKind.PLAN, young + "Tia has observed her brother at play. Leo is pre-verbal.\n").get("voice-of-child").status())
                .isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aFormsHeaderFieldsTwoToARowAreNoActions() {
        String plan = """
                | Child | Jay Moss (7) | Social worker | Kim Lee |
                | Date | 1 May 2027 | Review | 1 August 2027 |

                What we are worried about
                The school is worried because Jay (7) has been left alone at night twice. If nothing changes he could be hurt in a fire.

                Who will do what
                | Who | What | When |
                | Gran Sue | have Jay to stay | every Friday from now |
                | Mum | ring Gran Sue before she goes out | every time, from now |
                """;
        var report = check(DraftKind.PLAN, plan);
        assertThat(report.get("who-what-when").status()).isEqualTo(CheckStatus.PASS);
        assertThat(report.get("who-what-when").evidence()).startsWith("2 actions");
    }

    @Test
    void aFearedFutureOfOnlyGoodThingsIsNoFearEvenWithFriendsInIt() {
        assertThat(check(DraftKind.WORRY_STATEMENT, "The school is worried because Jay (7) comes in hungry most days. We are worried that if"
                + " nothing changes Jay will be happy, fed and making friends.").get("future-if-nothing-changes").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check(DraftKind.WORRY_STATEMENT, "The school is worried because Jay (7) comes in hungry most days. We are worried that if"
                + " nothing changes Jay will lose his friends.").get("future-if-nothing-changes").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aBabysAgeInBracketsIsNoTimescale() {
        assertThat(TimescaleGrammar.findHeldTo("Kim and Gran will make sure Tia (9 months) is fed and changed every day.")).isEmpty();
        assertThat(TimescaleGrammar.findHeldTo("Kim will keep this up, prob 9 months.")).isPresent();
    }

    @Test
    void aNameTypedInLowerCaseAfterItsRoleActs() {
        var report = check(DraftKind.SAFETY_GOAL, "dean will not drink at home, and his nan kim will come round on friday nights to check."
                + " this will go on until the end of june 2027.");
        assertThat(report.get("who-will-act").status()).isEqualTo(CheckStatus.PASS);
        assertThat(report.get("who-will-act").evidence()).contains("kim will come round");
    }

    @Test
    void whatTheYoungPersonWillHaveIsTheirOutcome() {
        assertThat(check(DraftKind.SUCCESS_GOAL, "By June 2027 the rent will be paid on time every month. Dan (19) will have a settled home"
                + " and a job he likes.").get("child-outcome").status()).isEqualTo(CheckStatus.PASS);
    }
}
