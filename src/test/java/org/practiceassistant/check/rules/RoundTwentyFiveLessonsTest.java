package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/**
 * The twenty-fifth round: specific-behaviour reads an act going on ("has been leaving baby Noah in his cot") or one left
 * undone ("hasn't paid his rent", "does not take her to nursery") by a person, as readers of blind7, blind8, blind12 and
 * blind13 did; one-worry-per-statement reads a list of clauses about different people or things after the worry word as
 * several worries, as readers of blind6 and blind14 did; says-what-will-happen reads "to ensure no ..." as saying only what
 * will not happen, as blind14's reader did. Every sentence here is written for the test, not copied from any
 * labelled set.
 */
class RoundTwentyFiveLessonsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "The health visitor is worried that Kayla has been leaving baby Noah (4 months) in his cot for most of the day.",
            "Omar's aunt is worried because Omar (18) hasn't paid his rent since June.",
            "The nursery is worried because Lily's dad does not take her to nursery most days.",
            "Their gran is worried that Jade has been keeping Theo off school since half term.",
            // A child's own behaviour and a passive act were read before; they stay read.
            "Mason's dad is worried because Mason has wet the bed every night since his mum left.",
            "The school is worried that Leo (6) is being left alone at home in the evenings."})
    void anActGoingOnOrLeftUndoneByAPersonIsSpecificBehaviour(String statement) {
        assertThat(status(DraftKind.WORRY_STATEMENT, statement, "specific-behaviour")).isEqualTo(CheckStatus.PASS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Concern that Omar (16) is NEET. He is not accessing his college course. Risk of exclusion.",
            "Mum is not meeting the children's needs.",
            "Mum is not supervising the children.",
            "Mum is prioritising her relationship over the children.",
            "Mum is struggling with her mental health and does not engage with services.",
            "Dad has been misusing his medication.",
            // Without who or what it is done to, or with a comma between the person and the act, it is not read as an act.
            "Omar's aunt is worried because Omar has been struggling since June.",
            "Omar's aunt is worried about Omar, has not paid the school trip."})
    void whatSomeoneIsGoesThroughOrShouldDoIsNoAct(String statement) {
        assertThat(status(DraftKind.WORRY_STATEMENT, statement, "specific-behaviour")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aListOfClausesAboutDifferentPeopleOrThingsAfterTheWorryIsSeveralWorries() {
        assertThat(status(DraftKind.WORRY_STATEMENT, "I am worried that Rosie (5) doesn't have a bedtime routine, dad shouts a lot,"
                + " the flat is cold and Rosie has head lice that nobody treats.", "one-worry-per-statement")).isEqualTo(CheckStatus.FAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // After "when", the clause after the comma is the main one: one happening.
            "The school is worried that when Kai and Jo argue, Kai shouts, throws things and has pushed Jo against the door.",
            // A name between commas is who, not a clause of its own.
            "Nan is worried that Ben's dad, Lee, drives with Ben in the car after drinking, and was stopped by the police in May.",
            // What explains the worry ("as ...") is not a list.
            "Sam's school is worried because Sam (9) has walked himself home, as his dad works nights and his mum is in hospital.",
            // No worry word opens the list: one happening told in turn.
            "Dad shouts, mum cries and Rosie hides under the table. If nothing changes, Rosie could be hurt."})
    void oneHappeningToldInClausesIsOneWorry(String statement) {
        assertThat(status(DraftKind.DANGER_STATEMENT, statement, "one-worry-per-statement")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void ensuringNothingHappensSaysOnlyWhatWillNotHappen() {
        assertThat(status(DraftKind.SAFETY_GOAL, "Gran and Dad to ensure no further incidents happen at home, for 6 months.",
                "says-what-will-happen")).isEqualTo(CheckStatus.FAIL);
    }

    /* Making sure of something done says what will happen. */
    @ParameterizedTest
    @ValueSource(strings = {"Gran and Dad to ensure Leo gets to school on time every day for 6 months.",
            "Dad will make sure no one smokes in the house, from now on."})
    void ensuringSomethingDoneSaysWhatWillHappen(String goal) {
        assertThat(status(DraftKind.SAFETY_GOAL, goal, "says-what-will-happen")).isEqualTo(CheckStatus.PASS);
    }
}
