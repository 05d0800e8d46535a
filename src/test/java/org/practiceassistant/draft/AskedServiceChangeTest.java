package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A worker who asks outright to change the service often says why first, in a long message: read as the change, with
 * the service it was (after "instead of", "rather than", "not") never the one chosen. Our own words.
 */
class AskedServiceChangeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CHILDREN_LOOKED_AFTER|shes moved over to the adolescent team this week and i am her worker there now, can you do 14+ instead of LAC|FOURTEEN_PLUS",
            "EARLY_HELP|it went to strat yesterday and there is a s47 now, i'm joint working it so can i change the service to child protection|CHILD_PROTECTION",
            "CHILD_PROTECTION|conference took her off the plan last week so it is child in need now rather than cp, sorry|CHILD_IN_NEED"})
    void aLongMessageThatAsksForTheChangeChangesTheService(ServiceArea from, String said, ServiceArea to) {
        assertThat(ServiceArea.changeFrom(from, said)).as(said).contains(to);
    }

    @Test
    void aServiceMentionedInPassingOrTheOneAlreadyChosenIsNoChange() {
        String passing = "its been going on since before the cp plan ended last year and mum says the school never rang her about it";
        assertThat(ServiceArea.changeFrom(ServiceArea.CHILD_IN_NEED, passing)).isEmpty();
        String rather = "dad goes to the pub rather than the meetings and mum says the cp worker never explained why";
        assertThat(ServiceArea.changeFrom(ServiceArea.CHILD_IN_NEED, rather)).isEmpty();
        assertThat(ServiceArea.changeFrom(ServiceArea.FOURTEEN_PLUS, "can you do 14+ instead of LAC")).isEmpty();
        assertThat(ServiceArea.changeFrom(ServiceArea.FOURTEEN_PLUS, "can you do LAC instead of 14+"))
                .contains(ServiceArea.CHILDREN_LOOKED_AFTER);
    }

    /* blind15's workers (draft2, our own words): the news names the service it was too, after the one it is now. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CHILD_AND_FAMILY_ASSESSMENT|sorry its child in need now not assessment, assessment was signed off monday|CHILD_IN_NEED",
            "CHILD_IN_NEED|actually its going to early help now, stepping down at the cin review|EARLY_HELP",
            "CHILD_IN_NEED|its early help now, the cin plan ended at review|EARLY_HELP"})
    void newsToldNowMayNameTheServiceItWasBesideTheNewOne(ServiceArea from, String said, ServiceArea to) {
        assertThat(ServiceArea.changeFrom(from, said)).as(said).contains(to);
    }

    @Test
    void twoServicesNamedWithoutNowOrNeitherTheOneItIsAreNoChange() {
        assertThat(ServiceArea.changeFrom(ServiceArea.CHILD_IN_NEED, "its been bad since the cin review, early help came once"))
                .isEmpty();
        assertThat(ServiceArea.changeFrom(ServiceArea.CHILD_IN_NEED, "actually its cp now or maybe early help")).isEmpty();
    }

    /* News of the move in a long sentence, no asking phrase (our own words): the service comes after what the case is now. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CHILD_IN_NEED|there was another police call out on sunday and after strat this morning the case is with the child protection team now|CHILD_PROTECTION",
            "EARLY_HELP|the referral got escalated to the child in need team on monday after the school raised more worries about the bruises|CHILD_IN_NEED",
            "CHILD_PROTECTION|conference ended the plan on thursday because things have been better for months so its now child in need|CHILD_IN_NEED"})
    void newsThatTheCaseIsWithAnotherTeamInALongSentenceChangesTheService(ServiceArea from, String said, ServiceArea to) {
        assertThat(ServiceArea.changeFrom(from, said)).as(said).contains(to);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CHILD_PROTECTION|mum now goes to the early help parenting group every tuesday and nan collects the children from school",
            "CHILD_IN_NEED|dad went to a cp conference for his older children in 2019 and he was violent to their mum then",
            "EARLY_HELP|nan has been looking after them most weekends now and says the cp worker never came back to her"})
    void anAnswerThatNamesAServiceWhereNoCaseMovedIsNoChange(ServiceArea from, String said) {
        assertThat(ServiceArea.changeFrom(from, said)).as(said).isEmpty();
    }

    @Test
    void doIsNoChildsName() {
        assertThat(AnswerParsers.children("can u do 14 now")).isEmpty();
    }

    @Test
    void askedAtTheChildrenStepTheServiceChangesAndNoChildIsMadeOfTheRequest() {
        var coach = CoachFixtures.coach();
        var state = coach.start(CoachFixtures.T0).next().orElseThrow();
        state = coach.handle(state, "cla", CoachFixtures.T0).next().orElseThrow();
        var turn = coach.handle(state, "shes just moved to the 14+ team and im her new SW, can u do 14+ instead of LAC", CoachFixtures.T0);
        assertThat(turn.next().orElseThrow().serviceArea()).isEqualTo(ServiceArea.FOURTEEN_PLUS);
        assertThat(turn.next().orElseThrow().children()).isEmpty();
    }
}
