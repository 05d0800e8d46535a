package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleQuestionsTest {

    private static final String PANEL = "If there are concerns about a child or young person's safety which need to be escalated, then"
            + " the case will be discussed at the legal gateway panel.";

    @Test
    void aQuestionForDatesOrAPanelsSittingsIsNotAnsweredByAPassageGivingNoDay() {
        assertThat(ScheduleQuestions.asksForAScheduleNoneGives("when are the next signs of safety training dates",
                List.of("This handbook follows Signs of Safety training being undertaken by the majority of staff."))).isTrue();
        assertThat(ScheduleQuestions.asksForAScheduleNoneGives(
                "when does the legal gateway panel sit and how do i get on the agenda", List.of(PANEL))).isTrue();
        assertThat(ScheduleQuestions.asksForAScheduleNoneGives("when does the short breaks panel meet", List.of(PANEL))).isTrue();
    }

    @Test
    void aPassageGivingADayOrAnIntervalAnswersIt() {
        assertThat(ScheduleQuestions.asksForAScheduleNoneGives("when does the panel meet",
                List.of("The panel meets every month."))).isFalse();
        assertThat(ScheduleQuestions.asksForAScheduleNoneGives("when does the panel sit",
                List.of("The panel sits on a Tuesday."))).isFalse();
    }

    @Test
    void otherQuestionsAboutAPanelOrAMeetingAreNoScheduleQuestions() {
        assertThat(ScheduleQuestions.asksForASchedule("where do safety worries on a lac case get escalated, legal gateway panel?")).isFalse();
        assertThat(ScheduleQuestions.asksForASchedule("care leaver network - how often do we meet")).isFalse();
        assertThat(ScheduleQuestions.asksForASchedule("what is the date genogram completed box for")).isFalse();
    }
}
