package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.check.jargon.TestJargon;
import org.practiceassistant.knowledge.Rubric;

/**
 * The Draft coach judges a worker's "what will people be doing" answer on its own with this rule (as a goal's
 * sentence) before it builds the goal: a task ticked off or where someone will be is nothing others see people
 * doing; an adult's everyday act is. Sentences written for this test.
 */
class DoingAnswerAloneTest {

    private final RubricDraftChecker checker = new RubricDraftChecker(TestJargon.LIST, Rubric.none());

    private CheckStatus observable(String answer) {
        return checker.check(DraftKind.SAFETY_GOAL, answer).checks().stream()
                .filter(c -> c.criterion() == CriterionId.OBSERVABLE_BEHAVIOUR).findFirst().orElseThrow().status();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Housing form sent off and the speech therapy referral done.",
            "Her college hours in the daytime as planned."})
    void aTaskDoneOrWhereSomeoneIsSaysNothingSeen(String answer) {
        assertThat(observable(answer)).isEqualTo(CheckStatus.FAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Aunt Mel will drive Rosa to college each morning and phone the hostel at nine every night.",
            "Grandad will sit with Theo at bath time and stay until he is asleep."})
    void anAdultsEverydayActIsSeen(String answer) {
        assertThat(observable(answer)).isEqualTo(CheckStatus.PASS);
    }
}
