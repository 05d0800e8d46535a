package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A question about who approves something is not answered by passages that never speak of approval. */
class ApprovalQuestionsTest {

    private static final Answer ABOUT_VISITS = answer("Visits",
            "The social worker sees the child alone on every visit and records what the child said.");
    private static final Answer ABOUT_CONSENT = answer("Referrals",
            "We will ask the parents for their consent before we refer the family to the hub.");
    private static final Answer ABOUT_SIGN_OFF = answer("Closure",
            "The team manager signs off the closure summary once the goals have been reached.");
    private static final Answer AGREED_PLAN = answer("Signs of Safety",
            "The plan is agreed with the family and their network.");

    private static Answer answer(String section, String text) {
        return new Answer("x", text, "Practice handbook", section, 1.0);
    }

    @Test
    void whoGivesAnApprovalTheBestPassagesNeverMentionIsNotAnswered() {
        assertThat(ApprovalQuestions.asksWhoApprovesNoneSays("who signs off a weekend trip to the seaside for a foster child",
                List.of(ABOUT_VISITS))).isTrue();
        assertThat(ApprovalQuestions.asksWhoApprovesNoneSays("do we need the manager's permission for a sleepover",
                List.of(ABOUT_VISITS))).isTrue();
        assertThat(ApprovalQuestions.asksWhoApprovesNoneSays("school trip, who needs to consent to it",
                List.of(ABOUT_VISITS))).isTrue();
    }

    @Test
    void aPassageThatSpeaksOfTheApprovalAnswersIt() {
        assertThat(ApprovalQuestions.asksWhoApprovesNoneSays("do i need consent before a hub referral",
                List.of(ABOUT_VISITS, ABOUT_CONSENT))).isFalse();
        assertThat(ApprovalQuestions.asksWhoApprovesNoneSays("who signs off closure when the goals are met",
                List.of(ABOUT_SIGN_OFF))).isFalse();
    }

    @Test
    void agreedPlansAndTheModelsNameAreNoApproval() {
        assertThat(ApprovalQuestions.asksWhoApprovesNoneSays("who signs off the holiday abroad",
                List.of(AGREED_PLAN))).isTrue();
    }

    @Test
    void questionsThatMerelyMentionSignsOrAgreementAreNotApprovalQuestions() {
        assertThat(ApprovalQuestions.asksWhoApprovesNoneSays("who came up with signs of safety",
                List.of(ABOUT_VISITS))).isFalse();
        assertThat(ApprovalQuestions.asksWhoApprovesNoneSays("what does the chair ask parents who dont agree",
                List.of(ABOUT_VISITS))).isFalse();
        assertThat(ApprovalQuestions.asksWhoApprovesNoneSays("how often do i visit a child on a plan",
                List.of(ABOUT_VISITS))).isFalse();
    }
}
