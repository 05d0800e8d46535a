package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Questions about how another authority works are not covered; a place named as where a child lives, an ordinary word or a
 * word of the pack in the same position is no other authority. Names here are made up for the test, not taken from a split.
 */
class OtherAuthoritiesTest {

    /** A small pack vocabulary: the only words these tests need it to know. */
    private static final Set<String> PACK = Set.of("signs", "safety", "reviews", "conference", "fostering", "mash",
            "northumberland", "transfer", "plan", "visit");

    private final OtherAuthorities rule = new OtherAuthorities(PACK::contains);

    @Test
    void aPlaceDoingThePracticeIsAnotherAuthority() {
        assertThat(rule.asksAbout("does wolverhampton use signs of safety too?")).isTrue();
        assertThat(rule.asksAbout("how does Gateshead do their CIN reviews")).isTrue();
        assertThat(rule.asksAbout("do stockport have a different threshold")).isTrue();
    }

    @Test
    void aNameOwningAWayOfWorkingOrNamedAsACouncilIsAnotherAuthority() {
        assertThat(rule.asksAbout("whats wigan's threshold for a CIN plan")).isTrue();
        assertThat(rule.asksAbout("is the visit the same as in bolton council")).isTrue();
        assertThat(rule.asksAbout("whats northumberland's threshold")).isFalse();
        assertThat(rule.asksAbout("what is the parents' view in the plan")).isFalse();
    }

    @Test
    void aPlaceBesideAnotherAuthorityNamedAsSuchIsAnotherAuthority() {
        assertThat(rule.asksAbout("family moving to sunderland on a CP plan, what's the timescale for the new LA")).isTrue();
        assertThat(rule.asksAbout("child moved in from salford, does the receiving authority hold the conference")).isTrue();
    }

    @Test
    void aNameActingAsABodyOrNamingAWayOfWorkingIsAnother() {
        assertThat(rule.asksAbout("salford have transferred a CP case to us - do we hold a new conference")).isTrue();
        assertThat(rule.asksAbout("how do i use the hartley model in reviews")).isTrue();
        assertThat(rule.asksAbout("kayden has moved placement, do i visit")).isFalse();
        assertThat(rule.asksAbout("what is the signs of safety model")).isFalse();
        assertThat(rule.asksAbout("how does the northumberland model work")).isFalse();
    }

    @Test
    void aPlaceWhereTheChildLivesStaysAnswerable() {
        assertThat(rule.asksAbout("placed in birmingham, how often do i visit")).isFalse();
        assertThat(rule.asksAbout("child lives in gateshead with nan, do i still visit every 6 weeks")).isFalse();
    }

    @Test
    void anOrdinaryWordOrAPackWordDoingThePracticeIsNoName() {
        assertThat(rule.asksAbout("which signs of safety tools does fostering use")).isFalse();
        assertThat(rule.asksAbout("what does mash do with the info")).isFalse();
        assertThat(rule.asksAbout("does northumberland use signs of safety")).isFalse();
        assertThat(rule.asksAbout("does every family have a plan")).isFalse();
        assertThat(rule.asksAbout("what outcomes has signs of safety shown in other LAs")).isFalse();
    }
}
