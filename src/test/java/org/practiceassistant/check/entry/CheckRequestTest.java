package org.practiceassistant.check.entry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CheckRequestTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "can u check my plan pls | plan",
            "Could you look over this safety goal please? | safety goal",
            "pls check my danger statement before it goes to my manager | danger statement",
            "check my CP plan | plan",
            "hi can you have a look at my draft | ''",
            "would you review my child’s plan for me | plan",
            "please go over my goals thanks | goal",
            "can you check my plan has everything it needs for conference | plan",
            "need my plan checking before core group at 2 😅 | plan",
            "can u check this for me | ''",
            "hiya could you have a look at this pls | ''"})
    void aRequestInEverydayWordsOpensCheckWithTheKindAskedFor(String message, String kind) {
        assertThat(CheckRequest.startingInput(message)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"how do i check my plan has a contingency", "what does a manager check in a plan",
            "can you tell me when the plan review is", "feedback from children on their plan - is there a form", "check in visits for cla how often",
            "danger statement examples?", "danger statement: what is it", "what is a safety goal", "plan",
            "can you check if it is ok to visit without telling the family", "can i check this with my tm first?"})
    void questionsAboutCheckingStayQuestions(String message) {
        assertThat(CheckRequest.startingInput(message)).isEmpty();
    }

    @Test
    void aDraftPastedUnderItsLabelIsCheckedWhole() {
        String pasted = "Danger statement: Dad has hit Mum twice this month and Kai saw it. We are worried Kai will be hurt.";
        assertThat(CheckRequest.startingInput(pasted)).contains(pasted);
        String onItsOwnLine = "Worry statement\nSchool and I are worried that Amy has missed 20 days this term and is falling behind.";
        assertThat(CheckRequest.startingInput(onItsOwnLine)).contains(onItsOwnLine);
        assertThat(CheckRequest.startingInput("SG - Nan and Mum will make sure Kai is picked up by a sober adult every day"))
                .as("a short label spelled out").contains("Safety goal: Nan and Mum will make sure Kai is picked up by a sober adult every day");
        assertThat(CheckRequest.startingInput("quick one: how long do i have to write up a strategy discussion")).isEmpty();
    }

    @Test
    void aStatementOrGoalPastedBareIsCheckedButACaseQuestionIsNot() {
        String statement = "Everyone is worried that Archie (13) will keep hurting himself and stop going to school because he is "
                + "bullied online and dad does not know how to help him.";
        assertThat(CheckRequest.startingInput(statement)).contains(statement);
        String question = "mum says she will make sure he goes to school but he isnt and we are worried about him, what do i do now";
        assertThat(CheckRequest.startingInput(question)).isEmpty();
    }

    @Test
    void aWholePlanPastedAloneIsCheckedButALongQuestionIsNot() {
        String plan = "Child and Family Plan\n" + "Danger statement: " + "word ".repeat(40) + "\n" + "Safety goal: " + "word ".repeat(40)
                + "\nBottom lines: " + "word ".repeat(20) + "\nScaling: 0 means ... 10 means ...\nNext steps: " + "word ".repeat(40)
                + "\nShared with Mum and Dad";
        assertThat(CheckRequest.startingInput(plan)).contains(plan);
        String longQuestion = "got a 15yo whos been missing 3 times this month, " + "and more context ".repeat(30) + "what do i do";
        assertThat(CheckRequest.startingInput(longQuestion)).isEmpty();
    }

    @Test
    void hostileTextIsNotARequest() {
        // A request is matched only on short text; label and plan are read by counting, never by backtracking.
        assertThat(CheckRequest.startingInput("check my " + "plan ".repeat(20_000))).isEmpty();
        assertThat(CheckRequest.startingInput("Danger statement:" + "\n".repeat(50_000))).isEmpty();
    }
}
