package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/**
 * The twenty-first round: patterns read in the tuning splits (blind10 to blind12 and earlier). Every sentence here is
 * written for the test, not copied from any labelled set.
 */
class RoundTwentyOneLessonsTest {

    private static final String SAFE_GOAL = "By the end of March, %s will walk Leo to school every morning and Leo will be in class on time.";

    /** Service shorthand the independent readers fail: youth offending team, Mum's mum, foster carers, work or training, SENCO. */
    @ParameterizedTest
    @ValueSource(strings = {"his YOT worker", "MGM Rita", "his FCs Jo and Ian", "the EET adviser", "the SENCO"})
    void serviceShorthandIsJargon(String who) {
        assertThat(status(DraftKind.SAFETY_GOAL, SAFE_GOAL.formatted(who), "jargon-free")).isEqualTo(CheckStatus.FAIL);
    }

    /** Letters families use of their own ("GP" is everyday in jargon.yaml), words and names in capitals are not shorthand. */
    @ParameterizedTest
    @ValueSource(strings = {"Dad, after his GP appointment,", "Dad, who has turned the TV off,", "Dad, back in the UK,",
            "Dad (NOT Mum)", "STEVE", "Dad, a Leeds FC fan,", "Dad, back from the YC (youth club),"})
    void everydayLettersAndCapitalsAreNotShorthand(String who) {
        assertThat(status(DraftKind.SAFETY_GOAL, SAFE_GOAL.formatted(who), "jargon-free")).isEqualTo(CheckStatus.PASS);
    }

    /** Shorthand explained where it is used is no longer jargon to the family. */
    @ParameterizedTest
    @ValueSource(strings = {"the YOT (youth offending team) worker", "the youth offending team (YOT) worker",
            "the Youth Offending Team (YOT) worker"})
    void shorthandExplainedInBracketsIsNotJargon(String who) {
        assertThat(status(DraftKind.SAFETY_GOAL, SAFE_GOAL.formatted(who), "jargon-free")).isEqualTo(CheckStatus.PASS);
    }

    private static final String FUTURE = " If nothing changes Kai could be hurt.";

    /** Worries written as a list are several worries, however they are joined. */
    @ParameterizedTest
    @ValueSource(strings = {
        "The school is worried that Kai is at risk of neglect and emotional harm.",
        "The school has concerns re DV, drugs and home conditions.",
        "The school is worried about Kai's weight, his teeth, his lateness, and Mum's new friend.",
        "The school is worried about Mum's MH and hoarding.",
        "The school is worried re: Mum's new partner, who hit a child, also the house is full of rubbish."})
    void worriesWrittenAsAListAreMoreThanOne(String statement) {
        assertThat(status(DraftKind.DANGER_STATEMENT, statement + FUTURE, "one-worry-per-statement")).isEqualTo(CheckStatus.FAIL);
    }

    /** One worry: one kind of harm however it is qualified, a happening and what it does, or a list of who. */
    @ParameterizedTest
    @ValueSource(strings = {
        "The school is worried that Kai is at risk of significant harm through emotional neglect.",
        "The school is worried about shouting between Mum and Dad and its impact on Kai at home and at school.",
        "The school is worried about Kai, Mia, and Leo because Dad hits them when he is angry."})
    void oneWorryWrittenAtLengthIsOne(String statement) {
        assertThat(status(DraftKind.DANGER_STATEMENT, statement + FUTURE, "one-worry-per-statement")).isEqualTo(CheckStatus.PASS);
    }

    private static final String PLAN = "What we are worried about\nThe school is worried because Dad hits Kai when he is angry."
            + " If nothing changes Kai could be badly hurt.\n\n";

    /** A consequence only thought about is no contingency, however the sentence is cut or the thinking is worded. */
    @ParameterizedTest
    @ValueSource(strings = {"If Dad hits Kai again, we will think about next steps incl. PLO.",
            "If Dad hits Kai again, consideration will be given to escalation incl. PLO."})
    void aConsequenceOnlyThoughtAboutIsNoContingency(String contingency) {
        assertThat(status(DraftKind.PLAN, PLAN + "Contingency\n" + contingency + "\n", "contingency")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.PLAN, PLAN + "Contingency\nIf Dad hits Kai again, Kai will go to Nan's and Mum will ring the police.\n",
                "contingency")).isEqualTo(CheckStatus.PASS);
    }

    /** A routine said to be in place, with when it happens, is behaviour anyone at home could see kept; a vague aim is not. */
    @Test
    void aRoutineInPlaceWithItsWhenIsBehaviour() {
        assertThat(status(DraftKind.WELLBEING_GOAL, "By the end of June there will be a set bedtime of 7.30 for Kai, with a bath"
                + " and a story every night. Kai will be rested at school.", "observable-behaviour")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.WELLBEING_GOAL, "By the end of June there will be improved routines at home.",
                "observable-behaviour")).isEqualTo(CheckStatus.FAIL);
    }
}
