package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.conversation.Reply;
import org.practiceassistant.conversation.UserInput;

/**
 * Shapes of answer that made a plan Check could not read back as the mapping meant it (thirteenth round's findings on
 * blind8's plans), each in our own words: the .docx opened with POI and read back by Check.
 */
class PlanReadBackShapesTest {

    private final DraftFeature feature = RealChecker.draftFeature();

    private static LinkedHashMap<String, String> checked(Reply.File file) {
        var report = (Reply.Report) RealChecker.checkFeature().start("check",
                new UserInput.Document(file.name(), file.mediaType(), file.content(), "")).replies().stream()
                .filter(Reply.Report.class::isInstance).findFirst().orElseThrow();
        var status = new LinkedHashMap<String, String>();
        report.items().forEach(i -> status.put(i.heading(), i.status()));
        return status;
    }

    /**
     * A Signs of Wellbeing plan numbers what happened under "Wellbeing Concerns (past)", inside "What are we worried
     * about": Check reads those as what happened, not as two more worry statements, so each worry has its goal.
     */
    @Test
    void whatHappenedUnderWellbeingConcernsIsNoWorryStatement() throws IOException {
        var answers = new ArrayList<>(TwoWorryMapping.ANSWERS);
        answers.set(0, "early help");
        var last = ChildAndFamilyPlanTest.play(feature, answers);
        assertThat(last.flowContinues()).isFalse();
        Reply.File file = ChildAndFamilyPlanTest.file(last);
        List<String> lines = ChildAndFamilyPlanTest.lines(file.content());
        assertThat(lines).as("a Wellbeing plan").containsSubsequence("What are we worried about", "Wellbeing Concerns",
                "Worry statements", "Wellbeing goals");
        var status = checked(file);
        assertThat(status).containsEntry(CriterionId.DANGER_GOAL_PAIRS.label(), "Met")
                .containsKeys("Worry statement 1", "Worry statement 2").doesNotContainKey("Worry statement 3");
    }

    /**
     * Next steps typed as one line, full stops before lower case and "i'll" for "I will", are an action a row, each with
     * the who and by-when its own words say ("8th jan"), and none invented ("refer jayden ..." says no who).
     */
    @Test
    void nextStepsTypedAsOneLineAreARowPerAction() throws IOException {
        var answers = new ArrayList<>(TwoWorryMapping.ANSWERS);
        int next = answers.indexOf("The social worker will hold a family network meeting by 20 May; Grandma Jean will ring"
                + " the school by Friday.");
        String typed = "network meeting 8th jan - i'll send invites. mum to see her doctor by fri. i'll do words and"
                + " pictures with ella by 20 jan. refer sam to the school nurse re sleep";
        answers.set(next, typed);
        // The coach asks once who holds the network meeting (fourteenth round); sent again, the steps are kept as typed.
        answers.add(next + 1, typed);
        var last = ChildAndFamilyPlanTest.play(feature, answers);
        assertThat(last.flowContinues()).isFalse();
        List<String> lines = ChildAndFamilyPlanTest.lines(ChildAndFamilyPlanTest.file(last).content());
        assertThat(lines).containsSubsequence("What is the action? | Who will do this? | By When | Progress (add date of update)",
                // The by-when in full (fourteenth round), as a family and Check read it: "8th jan" is "8th January".
                "Network meeting |  | 8th January | ", "send invites | Social worker |  | ",
                "see her doctor | Mum | by Friday | ", "do words and pictures with ella | Social worker | by 20 January | ",
                "Refer sam to the school nurse re sleep |  |  | ");
    }

    /**
     * A network answer with a note about each person and no professional among them: the goal opens on the people, the
     * notes left in the worker's answer ("lives 10 minutes away" is no one who will act); who they are, in brackets, stays.
     */
    @Test
    void notesAboutEachPersonStayOutOfWhoWillAct() throws IOException {
        var answers = new ArrayList<>(TwoWorryMapping.ANSWERS);
        answers.set(answers.indexOf("Mum, Grandma Jean and Aunt Sara"), "nana jean (mums mum) lives 10 mins walk away,"
                + " mum's friend kayla does the school run for her own kids, dad's sister toni still sees the kids sundays");
        var last = ChildAndFamilyPlanTest.play(feature, answers);
        assertThat(last.flowContinues()).isFalse();
        Reply.File file = ChildAndFamilyPlanTest.file(last);
        String all = String.join("\n", ChildAndFamilyPlanTest.lines(file.content()));
        assertThat(all).contains("Nana Jean (mum's mum), mum's friend kayla and dad's sister toni will work together so that Ella")
                .contains("| Nana jean (mums mum), mum's friend kayla and dad's sister toni | for the next six months |")
                .doesNotContain("walk away").doesNotContain("sees the kids sundays");
        assertThat(checked(file)).containsEntry(CriterionId.NETWORK.label(), "Met");
    }
}
