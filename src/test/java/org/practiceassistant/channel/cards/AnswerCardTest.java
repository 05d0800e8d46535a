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
import org.practiceassistant.ask.Spelled;
import org.practiceassistant.conversation.Reply;

class AnswerCardTest {

    private static final Answer CORE_GROUPS_RUBRIC = new Answer("rubric#cp/core-groups",
            "CP – Core Groups\nOutstanding: Core groups meet every four weeks and review the plan.\nGood: Core groups meet regularly.",
            "Audit rubric",
            "Audit rubric › Child protection planning › CP – Core Groups", 9.0, List.of(
                    new Answer.GradeStep("Outstanding", "Core groups meet every four weeks and review the plan."),
                    new Answer.GradeStep("Good", "Core groups meet regularly.")));
    private static final Answer CORE_GROUPS_HANDBOOK = new Answer("handbook/cp#core-1", "Core groups meet within 10 days.",
            "Practice handbook", "Practice handbook › Child Protection › Core Group Meetings", 7.0);

    @Test
    void aRubricCriterionShowsItsWholeGradeLadderAndItsSourceOnce() {
        String card = AnswerCard.build("what does good look like?", new AskResult(true, List.of(CORE_GROUPS_RUBRIC), List.of()))
                .toString();

        assertThat(card).contains("{\"type\":\"TextRun\",\"text\":\"CP – Core Groups\",\"weight\":\"Bolder\"}")
                .contains("{\"type\":\"TextRun\",\"text\":\"Outstanding\",\"weight\":\"Bolder\"},"
                        + "{\"type\":\"TextRun\",\"text\":\": Core groups meet every four weeks and review the plan.\"}")
                .contains("{\"type\":\"TextRun\",\"text\":\"Good\",\"weight\":\"Bolder\"}")
                .contains("Source: Audit rubric › Child protection planning › CP – Core Groups")
                .doesNotContain("Audit rubric — Audit rubric")
                .doesNotContain("**");
        // The ladder once: the passage text (the same ladder as lines) is not shown besides it.
        assertThat(card.split("Core groups meet every four weeks", -1)).hasSize(2);
    }

    /**
     * Issue 11 item 5: asked for a number the documents do not give ("how often do i visit a child on a CP plan"), the card
     * says so first, in bold and as plain text, and then quotes the nearest guidance with its source.
     */
    @Test
    void saysTheGuidanceSetsNoTimescaleBeforeTheNearestGuidance() {
        String noTimescale = "The guidance sets no timescale for this. The nearest guidance it gives:";
        Answer visits = new Answer("handbook/cp#visits", "Visits to the child are planned with the core group and recorded.",
                "Practice handbook", "Practice handbook › Child Protection › Visits", 6.0);
        ObjectNode card = AnswerCard.build("how often do i visit a child on a CP plan",
                new AskResult(true, List.of(visits), List.of(), List.of(), "", List.of(), List.of(noTimescale)));

        JsonNode first = card.path("body").path(0);
        assertThat(first.path("text").asText()).isEqualTo(noTimescale);
        assertThat(first.path("weight").asText()).isEqualTo("Bolder");
        String body = card.path("body").toString();
        assertThat(body.indexOf(noTimescale)).isLessThan(body.indexOf("From the practice guidance:"));
        assertThat(body).contains("Visits to the child are planned with the core group and recorded.")
                .contains("Source: Practice handbook › Child Protection › Visits")
                .doesNotContain("**");
    }

    @Test
    void saysWhatWasSearchedForWhenTheSpellingWasCorrectedAndOffersTheWordsAsTyped() {
        AskResult corrected = new AskResult(true, List.of(CORE_GROUPS_HANDBOOK), List.of(), List.of(),
                "how often do core groups meet", List.of(new Spelled.Correction("ofen", "often"), new Spelled.Correction("gropus", "groups")));

        ObjectNode card = AnswerCard.build("how ofen do core gropus meet", corrected);

        assertThat(card.path("body").path(0).toString()).isEqualTo("{\"type\":\"RichTextBlock\",\"inlines\":["
                + "{\"type\":\"TextRun\",\"text\":\"Showing answers for: \",\"isSubtle\":true},"
                + "{\"type\":\"TextRun\",\"text\":\"how \"},{\"type\":\"TextRun\",\"text\":\"often\",\"weight\":\"Bolder\"},"
                + "{\"type\":\"TextRun\",\"text\":\" do core \"},{\"type\":\"TextRun\",\"text\":\"groups\",\"weight\":\"Bolder\"},"
                + "{\"type\":\"TextRun\",\"text\":\" meet\"}]}");
        JsonNode asTyped = card.path("actions").path(card.path("actions").size() - 1);
        assertThat(asTyped.path("title").asText()).isEqualTo("Search for what I typed");
        assertThat(CardAction.fromData(asTyped.path("data"))).isEqualTo(new CardAction.AskQuestion("how ofen do core gropus meet", true));

        ObjectNode notFound = NotCoveredCard.build("how ofen do core gropus meet", new AskResult(false, List.of(), List.of(), List.of(),
                "how often do core groups meet", corrected.corrections()));
        assertThat(notFound.path("body").path(0).toString()).contains("Showing answers for: ");
        assertThat(notFound.path("actions").findValuesAsText("title")).contains("Search for what I typed");
    }

    @Test
    void noCardShowsMarkUp() {
        Conflict days = new Conflict("days", List.of(new Claim("Practice handbook", "…", "within 10 working days"),
                new Claim("Audit rubric (Good)", "…", "within 15 working days")));
        Answer markedUp = new Answer("handbook/x#1", "# A heading\n> a quote\n**bold** words", "Practice handbook",
                "Practice handbook › X", 5.0);
        List<ObjectNode> cards = List.of(
                AnswerCard.build("q", new AskResult(true, List.of(CORE_GROUPS_RUBRIC, CORE_GROUPS_HANDBOOK, markedUp), List.of(),
                        List.of(days), "q", List.of(new Spelled.Correction("qq", "q")))),
                AnswerCard.build("q", new AskResult(true, List.of(markedUp, CORE_GROUPS_RUBRIC), List.of())),
                NotCoveredCard.build(List.of()), NotCoveredCard.build(List.of("Practice handbook › Types of meetings")),
                HelpCard.build(List.of("**draft** - write a danger statement", "**check** - check a plan")),
                WelcomeCard.build(List.of("**draft** - write a danger statement")),
                FeatureReplyCard.choices("draft", new Reply.Choices("**Step 1** · what are you **worried** about?",
                        List.of(new Reply.Choice("Go on", "next")))),
                FeatureReplyCard.report("check", new Reply.Report("Check **report**", List.of(
                        new Reply.Item("Danger statement", "met", "- **Harm**: named\n# Fix\n> quoted", new Reply.More("Rubric row", "**Good** (CP): x")),
                        new Reply.Item("Safety goal", "", "fine", null)), List.of())));

        for (ObjectNode card : cards) {
            for (String text : card.findValuesAsText("text")) {
                assertThat(text).as(card.toString()).doesNotContain("**");
                for (String line : text.split("\n")) {
                    assertThat(line.stripLeading()).as(text).doesNotStartWith("#").doesNotStartWith(">");
                }
            }
        }
    }

    @Test
    void boldMarksBecomeBoldRunsAndUnbalancedOnesVanish() {
        assertThat(CardJson.text("type **help** now").toString()).isEqualTo("{\"type\":\"RichTextBlock\",\"inlines\":["
                + "{\"type\":\"TextRun\",\"text\":\"type \"},{\"type\":\"TextRun\",\"text\":\"help\",\"weight\":\"Bolder\"},"
                + "{\"type\":\"TextRun\",\"text\":\" now\"}]}");
        assertThat(CardJson.text("a ** b").findValuesAsText("text")).containsExactly("a ", " b");
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
