package org.practiceassistant.channel.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceassistant.ask.Answer;
import org.practiceassistant.ask.AskResult;
import org.practiceassistant.ask.Claim;
import org.practiceassistant.ask.Conflict;

class AnswerCardTest {

    private static final Answer CORE_GROUPS_RUBRIC = new Answer("rubric#cp/core-groups", "CP – Core Groups", "Audit rubric",
            "Audit rubric › Child protection planning › CP – Core Groups", 9.0, List.of(
                    new Answer.GradeStep("Outstanding", "Core groups meet every four weeks and review the plan."),
                    new Answer.GradeStep("Good", "Core groups meet regularly.")));
    private static final Answer CORE_GROUPS_HANDBOOK = new Answer("handbook/cp#core-1", "Core groups meet within 10 days.",
            "Practice handbook", "Practice handbook › Child Protection › Core Group Meetings", 7.0);

    @Test
    void aRubricCriterionShowsItsWholeGradeLadderAndItsSourceOnce() {
        String card = AnswerCard.build("what does good look like?", new AskResult(true, List.of(CORE_GROUPS_RUBRIC), List.of()))
                .toString();

        assertThat(card).contains("**CP – Core Groups**")
                .contains("**Outstanding**: Core groups meet every four weeks and review the plan.")
                .contains("**Good**: Core groups meet regularly.")
                .contains("Source: Audit rubric › Child protection planning › CP – Core Groups")
                .doesNotContain("Audit rubric — Audit rubric");
    }

    @Test
    void disagreeingSourcesAreBothShown() {
        Conflict days = new Conflict("days", List.of(new Claim("Practice handbook", "…", "within 10 working days"),
                new Claim("Audit rubric (Good)", "…", "within 15 working days")));

        String card = AnswerCard.build("q", new AskResult(true, List.of(CORE_GROUPS_HANDBOOK), List.of(), List.of(days))).toString();

        assertThat(card).contains("The sources differ on days").contains("Practice handbook: within 10 working days")
                .contains("Audit rubric (Good): within 15 working days");
    }

    @Test
    void followUpsAreAtMostThreeTopicsAndNeverTheAnswersOwn() {
        AskResult closeCall = new AskResult(true, List.of(CORE_GROUPS_HANDBOOK), List.of(
                "Practice handbook › Child Protection › Core Group Meetings", "Audit rubric › Child protection planning › CP – Core Groups",
                "Practice handbook › Types of meetings", "Practice handbook › Child Protection › Conferences", "Practice handbook › Visits"));

        ObjectNode card = AnswerCard.build("how often do core groups meet?", closeCall);

        assertThat(card.path("actions")).extracting(JsonNode::toString).hasSize(3);
        assertThat(card.path("actions").findValuesAsText("title")).containsExactly("CP – Core Groups", "Types of meetings", "Conferences");
        assertThat(card.path("actions").path(0).path("data").path("question").asText()).isEqualTo("CP – Core Groups");
    }

    @Test
    void theNotCoveredCardOffersTopicLabelsNotPaths() {
        ObjectNode card = NotCoveredCard.build(List.of("Practice handbook › Types of meetings"));

        assertThat(card.path("actions").findValuesAsText("title")).containsExactly("Types of meetings");
        assertThat(card.toString()).contains("Not covered by the practice guidance");
    }
}
