package org.practiceassistant.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.practiceassistant.channel.turn.UserMessageReader;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * The {@code check} command through the real controller, SDK adapter and bot, with WireMock as the Bot
 * Framework connector and as the Teams file download link.
 */
// WireMock plays the tenant's SharePoint, on the loopback.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assistant.attachments.allowed-hosts=localhost")
@ExtendWith(OutputCaptureExtension.class)
class CheckConversationTest extends ConversationTest {

    @RegisterExtension
    static WireMockExtension teams = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String SENTINEL = "Zebedee";

    @Override
    String connectorUrl() {
        return teams.baseUrl();
    }

    @BeforeEach
    void stubThePeers() {
        ChannelPeers.connector(teams);
    }

    @Test
    void checkThenPasteAStatementAnswersWithACriterionCard() {
        JsonNode prompt = onlyReply(TestActivities.message("check", serviceUrl, conversation));
        assertThat(prompt.path("text").asText()).contains("Paste the danger statement, safety goal or plan");

        JsonNode reply = onlyReply(TestActivities.message("There are concerns about DV and neglect.", serviceUrl, conversation));

        JsonNode card = reply.path("attachments").path(0).path("content");
        assertThat(card.path("version").asText()).isEqualTo("1.5");
        String content = card.toString();
        // "DV and neglect" are two worries to the independent readers (check9), so one worry to a statement is not met either.
        assertThat(content).contains("Danger statement check: 1 of 7 criteria met")
                .contains("{\"type\":\"TextRun\",\"text\":\"Says who is worried\",\"weight\":\"Bolder\"},{\"type\":\"TextRun\",\"text\":\" - Not met").contains("{\"type\":\"TextRun\",\"text\":\"In the family's words, no jargon\",\"weight\":\"Bolder\"},{\"type\":\"TextRun\",\"text\":\" - Not met")
                .contains("Evidence: \\\"DV\\\"").contains("Fix: ").contains("Practice handbook, Glossary of terms: Danger Statement")
                .contains("Rubric: Analysis and plans").doesNotContain(".txt");
    }

    @Test
    void aFewWordsAfterCheckAskForTheDraftInTheKindTheyName() {
        assertThat(onlyReply(TestActivities.message("check this pls", serviceUrl, conversation)).path("text").asText())
                .as("'this' is not the draft").contains("Paste the danger statement, safety goal or plan");
        assertThat(onlyReply(TestActivities.message("check my safety goal", serviceUrl, conversation)).path("text").asText())
                .contains("Paste the danger statement, safety goal or plan");

        JsonNode card = onlyReply(TestActivities.message("Mum will make sure that Jo is collected from school by a sober adult every day",
                serviceUrl, conversation)).path("attachments").path(0).path("content");

        assertThat(card.path("body").path(0).path("text").asText()).startsWith("Safety goal check:");
    }

    @Test
    void aPastedPlanGetsASummaryARowPerCriterionAndTheRubricRowOnDemand() throws IOException {
        String plan = Files.readString(Path.of("tests-data/check/plans/plan-03-pipe-tables.txt"));

        JsonNode card = onlyReply(TestActivities.message("check " + plan, serviceUrl, conversation))
                .path("attachments").path(0).path("content");

        String content = card.toString();
        assertThat(card.path("body").path(0).path("text").asText()).matches("Plan check: \\d+ of 12 criteria met, 2 need your judgement");
        assertThat(content).contains("{\"type\":\"TextRun\",\"text\":\"Scales 0 to 10 with everyone's score\",\"weight\":\"Bolder\"},{\"type\":\"TextRun\",\"text\":\" - Not met").contains("{\"type\":\"TextRun\",\"text\":\"Says what happens if the plan is not kept\",\"weight\":\"Bolder\"},{\"type\":\"TextRun\",\"text\":\" - Met")
                .contains("{\"type\":\"TextRun\",\"text\":\"Visits made as the plan says (in the case record)\",\"weight\":\"Bolder\"},{\"type\":\"TextRun\",\"text\":\" - Your judgement").contains("Danger statement 1").contains("Safety goal 1");
        // plan-03 is a child in need plan: its rubric rows are the child in need ones, not child protection's.
        JsonNode showCard = findShowCard(card.path("body"), "CIN – visiting");
        assertThat(showCard.path("title").asText()).isEqualTo("Rubric row");
        assertThat(showCard.path("card").path("body").path(0).toString()).containsIgnoringCase("Child in need planning");
        assertThat(content).doesNotContain("CP – contingency");
    }

    @Test
    void anAttachedWordPlanIsReadAndChecked() throws IOException {
        teams.stubFor(get(urlPathEqualTo("/files/plan.docx")).willReturn(aResponse().withStatus(200).withBody(wordPlan())));

        JsonNode card = onlyReply(attachment("plan.docx", "docx")).path("attachments").path(0).path("content");

        String content = card.toString();
        assertThat(content).contains("Plan check: ").contains("{\"type\":\"TextRun\",\"text\":\"Each worry has a goal\",\"weight\":\"Bolder\"},{\"type\":\"TextRun\",\"text\":\" - Met").contains("{\"type\":\"TextRun\",\"text\":\"Says who does what, and by when\",\"weight\":\"Bolder\"},{\"type\":\"TextRun\",\"text\":\" - Met")
                .contains("{\"type\":\"TextRun\",\"text\":\"Sets out the bottom lines\",\"weight\":\"Bolder\"},{\"type\":\"TextRun\",\"text\":\" - Met");
    }

    @Test
    void aCorruptOrUnsupportedFileGetsAClearMessage() {
        teams.stubFor(get(urlPathEqualTo("/files/plan.docx")).willReturn(aResponse().withStatus(200).withBody(new byte[] {1, 2, 3, 4})));
        teams.stubFor(get(urlPathEqualTo("/files/plan.pdf")).willReturn(aResponse().withStatus(200).withBody("%PDF-1.7")));

        assertThat(onlyReply(attachment("plan.docx", "docx")).path("text").asText()).contains("not a Word .docx document");
        assertThat(onlyReply(attachment("plan.pdf", "pdf")).path("text").asText()).contains("only read Word **.docx**");
    }

    @Test
    void theDraftNeverReachesTheLog(CapturedOutput output) {
        onlyReply(TestActivities.message("check We are worried that " + SENTINEL + " hits Jack.", serviceUrl, conversation));

        assertThat(output.getAll()).contains("Check in Teams: a danger-statement").doesNotContain(SENTINEL);
    }

    private TestActivities attachment(String name, String fileType) {
        return TestActivities.message("", serviceUrl, conversation).set("attachments", List.of(Map.of(
                "contentType", UserMessageReader.TEAMS_FILE, "name", name,
                "content", Map.of("downloadUrl", teams.baseUrl() + "/files/" + name, "uniqueId", UUID.randomUUID().toString(),
                        "fileType", fileType))));
    }

    private static byte[] wordPlan() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Danger statement");
            document.createParagraph().createRun().setText("We are worried that Dean smokes cannabis in the evenings and "
                    + "falls asleep on the sofa with baby Tia on his chest. If nothing changes, Tia could suffocate or be dropped.");
            document.createParagraph().createRun().setText("Safety goal");
            document.createParagraph().createRun().setText("Dean and Abbie will put Tia down to sleep in her cot every time, "
                    + "and Abbie's mum Carol will check on them each evening, for the next three months, so Tia sleeps safely.");
            document.createParagraph().createRun().setText("Bottom line: Tia must never sleep on the sofa with an adult.");
            XWPFTable table = document.createTable(3, 3);
            table.getRow(0).getCell(0).setText("What");
            table.getRow(0).getCell(1).setText("Who");
            table.getRow(0).getCell(2).setText("By when");
            table.getRow(1).getCell(0).setText("Move the cot into the bedroom");
            table.getRow(1).getCell(1).setText("Dean");
            table.getRow(1).getCell(2).setText("By 3 March");
            table.getRow(2).getCell(0).setText("Check Tia is in her cot");
            table.getRow(2).getCell(1).setText("Carol");
            table.getRow(2).getCell(2).setText("Every evening");
            document.write(out);
            return out.toByteArray();
        }
    }

    private static JsonNode findShowCard(JsonNode body, String contains) {
        for (JsonNode element : body) {
            if (element.path("type").asText().equals("ActionSet")) {
                for (JsonNode action : element.path("actions")) {
                    if (action.path("type").asText().equals("Action.ShowCard") && action.toString().contains(contains)) {
                        return action;
                    }
                }
            }
        }
        throw new AssertionError("no Action.ShowCard containing " + contains);
    }

    private JsonNode onlyReply(TestActivities activity) {
        HttpResponse<String> response = bot.post(activity.json());
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> replies = teams.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*/activities/" + activity.id())))
                .stream().map(r -> BotEndpoint.json(r.getBodyAsString()))
                .filter(reply -> !reply.path("type").asText().equals("typing"))
                .toList();
        assertThat(replies).hasSize(1);
        return replies.getFirst();
    }
}
