package org.practiceassistant.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practiceassistant.ask.AskService;
import org.practiceassistant.channel.cards.WelcomeCard;
import org.practiceassistant.channel.turn.PracticeBot;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Conversations with the bot in anonymous mode (no credentials, as on a developer's machine), through the
 * real controller, SDK adapter and bot, with WireMock as the Bot Framework connector that receives replies.
 */
// One test user sends every message of this class: the per-user rate limit is tested on its own.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assistant.rate-limit.enabled=false")
@ExtendWith(OutputCaptureExtension.class)
class AnonymousConversationTest extends ConnectorConversationTest {

    static final Path FEEDBACK = Path.of("target", "feedback-" + UUID.randomUUID() + ".jsonl");

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("assistant.teams.feedback.file", FEEDBACK::toString);
        registry.add("assistant.teams.limits.max-request-size", () -> "64KB");
        registry.add("assistant.teams.limits.typing-delay", () -> "200ms");
        registry.add("assistant.teams.limits.turn-budget", () -> "3s");
    }

    static final String FIRE_DRILL = "what's a fire drill when we talk about safety plans?";
    static final String OFF_TOPIC = "What is the capital of France?";

    @TestConfiguration
    static class Doubles {
        @Bean
        StepByStepFeature stepByStep() {
            return new StepByStepFeature();
        }
    }

    @Test
    void aQuestionGetsAnAnswerCardWithItsCitationSentToTheConnector() {
        TestActivities question = TestActivities.message(FIRE_DRILL, serviceUrl, conversation);

        HttpResponse<String> response = bot.post(question.json());

        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> replies = repliesTo(question);
        assertThat(replies).hasSize(1);
        JsonNode card = replies.getFirst().path("attachments").path(0);
        assertThat(card.path("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(card.path("content").path("version").asText()).isEqualTo("1.5");
        String content = card.path("content").toString();
        // The phrase the labelled question set (tests-data/ask) says the answering passage contains.
        assertThat(content).contains("creatively rehearse the plan")
                .contains("Source: Practice handbook › Glossary of terms › Fire Drills")
                .contains("Was this helpful?")
                .contains("\"passages\":\"handbook/glossary#fire-drills");
        assertThat(card.path("content").path("actions").size()).isBetween(0, 3);
    }

    @Test
    void expectRepliesReturnsTheRepliesInTheResponseBodyWithoutAConnector() {
        TestActivities question = TestActivities.message(FIRE_DRILL, "http://localhost:9/", conversation)
                .expectReplies();

        HttpResponse<String> response = bot.post(question.json());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode activities = BotEndpoint.json(response.body()).path("activities");
        assertThat(activities).hasSize(1);
        assertThat(activities.path(0).path("type").asText()).isEqualTo("message");
        assertThat(activities.path(0).path("attachments").path(0).path("content").toString())
                .contains("creatively rehearse the plan");
        assertThat(connector.getAllServeEvents()).isEmpty();
    }

    @Test
    void helpListsWhatTheBotDoes() {
        JsonNode reply = onlyReply(TestActivities.message("help", serviceUrl, conversation));

        String card = reply.path("attachments").path(0).path("content").toString();
        assertThat(card).contains("What I can do").contains("forget").contains("{\"type\":\"TextRun\",\"text\":\"steps\",\"weight\":\"Bolder\"},{\"type\":\"TextRun\",\"text\":\" - test feature")
                .contains("{\"type\":\"TextRun\",\"text\":\"draft\",\"weight\":\"Bolder\"},{\"type\":\"TextRun\",\"text\":\" - write a danger (or worry) statement")
                .contains("{\"type\":\"TextRun\",\"text\":\"check\",\"weight\":\"Bolder\"},{\"type\":\"TextRun\",\"text\":\" - check a statement, goal or plan");
    }

    @Test
    void everydayMessagesOutsideAFlowAreNotSearchedAsQuestions() {
        String hello = onlyReply(TestActivities.message("Morning!", serviceUrl, conversation)).path("attachments").path(0)
                .path("content").toString();
        assertThat(hello).as("a hello gets the welcome, not 'not covered'").contains("Hello")
                .contains(WelcomeCard.EXAMPLE_QUESTIONS.get(0)).doesNotContain("Not covered");

        assertThat(onlyReply(TestActivities.message("thanks so much 👍", serviceUrl, conversation)).path("text").asText())
                .isEqualTo(PracticeBot.YOU_ARE_WELCOME);

        String typo = onlyReply(TestActivities.message("chek Danger statement: Dad has hit Mum twice this month and Kai (4) "
                + "saw it. We are worried Kai will be hurt if nothing changes.", serviceUrl, conversation)).toString();
        assertThat(typo).as("'chek' is check").contains("Danger statement check:").doesNotContain("Showing answers for");

        String pasted = onlyReply(TestActivities.message("Safety goal: Mum and Nan will make sure Kai is collected from nursery "
                + "by 3pm every day by someone sober, from now until the review on 30 June.", serviceUrl, conversation)).toString();
        assertThat(pasted).as("a draft pasted under its label is checked").contains("Safety goal check:");

        assertThat(onlyReply(TestActivities.message("can u check my plan pls", serviceUrl, conversation)).path("text").asText())
                .as("a request in words opens Check").startsWith("Paste the");
        assertThat(onlyReply(TestActivities.message("cancel", serviceUrl, conversation)).path("text").asText())
                .isEqualTo(PracticeBot.CANCELLED);

        assertThat(onlyReply(TestActivities.message("can u check this for me", serviceUrl, conversation)).path("text").asText())
                .as("'this' is the paste to come").startsWith("Paste the");
        String shortLabel = onlyReply(TestActivities.message("SG - Dad will stop drinking and Nan will have Kai every Friday "
                + "night until the review in June", serviceUrl, conversation)).toString();
        assertThat(shortLabel).as("a short label inside Check names the kind").contains("Safety goal check:")
                .doesNotContain("Danger statement check:");

        String besideARequest = onlyReply(TestActivities.message("could u look over this safety goal pls\nDad will take Kai to "
                + "nursery sober every morning and Nan will check in by 9am, until the review on 30 June", serviceUrl, conversation))
                .toString();
        assertThat(besideARequest).as("a goal pasted under a request is checked at once, as the kind asked for")
                .contains("Safety goal check:").doesNotContain("Paste the");
        String doubt = onlyReply(TestActivities.message("would this pass audit? 'Mum and the nursery are worried that Kai's dad "
                + "shouts at him when he has been drinking and Kai hides under the table.'", serviceUrl, conversation)).toString();
        assertThat(doubt).as("a doubt before a quoted statement checks the statement").contains("check:")
                .doesNotContain("Paste the");
    }

    @Test
    void inAGroupChatTheMentionIsStrippedBeforeTheCommandIsRead() {
        JsonNode reply = onlyReply(TestActivities.message("help", serviceUrl, conversation)
                .inGroupChatMentioning("Practice Assistant (beta)"));

        assertThat(reply.path("attachments").path(0).path("content").toString()).contains("What I can do");
    }

    @Test
    void installingTheBotWelcomesOnceWithExamplesAndTheCaseDataNote() {
        JsonNode welcome = onlyReply(TestActivities.of("installationUpdate", serviceUrl, conversation).set("action", "add"));

        String card = welcome.path("attachments").path(0).path("content").toString();
        assertThat(card).contains("Hello").contains(WelcomeCard.EXAMPLE_QUESTIONS.get(0))
                .contains(WelcomeCard.EXAMPLE_QUESTIONS.get(1)).contains(WelcomeCard.EXAMPLE_QUESTIONS.get(2))
                .contains("Case details stay in this conversation");

        TestActivities joined = TestActivities.of("conversationUpdate", serviceUrl, conversation)
                .set("membersAdded", List.of(Map.of("id", "29:user-1"), Map.of("id", TestActivities.BOT_ID)));
        assertThat(bot.post(joined.json()).statusCode()).isEqualTo(200);
        assertThat(repliesTo(joined)).isEmpty();
    }

    @Test
    void aUserJoiningAPersonalChatIsWelcomed() {
        TestActivities joined = TestActivities.of("conversationUpdate", serviceUrl, conversation)
                .set("membersAdded", List.of(Map.of("id", "29:user-1")));

        JsonNode welcome = onlyReply(joined);

        assertThat(welcome.path("attachments").path(0).path("content").toString()).contains("Hello");
    }

    @Test
    void anOutOfScopeQuestionSaysSo() {
        JsonNode reply = onlyReply(TestActivities.message(OFF_TOPIC, serviceUrl, conversation));

        JsonNode card = reply.path("attachments").path(0).path("content");
        assertThat(card.toString()).contains("Not covered by the practice guidance").contains("won't guess")
                .doesNotContain("From the practice guidance");
    }

    @Test
    void feedbackIsRecordedWithTheAnswersPassagesAndVoteButNoQuestionAndNoUser() throws Exception {
        JsonNode answer = onlyReply(TestActivities.message(FIRE_DRILL, serviceUrl, conversation));
        JsonNode noButton = answer.path("attachments").path(0).path("content").path("body").valueStream()
                .filter(element -> element.path("type").asText().equals("ActionSet")).findFirst().orElseThrow()
                .path("actions").path(1);
        assertThat(noButton.path("title").asText()).isEqualTo("No");
        Map<String, Object> vote = BotEndpoint.json(noButton.path("data").toString()).propertyStream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> (Object) e.getValue().asString()));

        JsonNode reply = onlyReply(TestActivities.submit(vote, serviceUrl, conversation));

        assertThat(reply.path("text").asText()).startsWith("Thank you");
        List<String> lines = Files.readAllLines(FEEDBACK);
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .contains("\"passageIds\":[\"handbook/glossary#fire-drills\"")
                .contains("\"vote\":\"not-helpful\"")
                .contains("\"comment\":\"\"")
                .doesNotContain(FIRE_DRILL)
                .doesNotContain("29:user-1").doesNotContain("A Practitioner").doesNotContain("user-object-1"));

        // The same vote with a passage the pack does not hold (the card's data can be changed by anyone) is not kept.
        long kept = Files.readAllLines(FEEDBACK).size();
        Map<String, Object> forged = new java.util.HashMap<>(vote);
        forged.put("passages", "handbook/made-up#nowhere");
        JsonNode refused = onlyReply(TestActivities.submit(forged, serviceUrl, conversation));
        assertThat(refused.path("text").asText()).isEqualTo(PracticeBot.FEEDBACK_NOT_KEPT);
        assertThat(Files.readAllLines(FEEDBACK)).hasSize((int) kept);
    }

    @Test
    void aRetriedActivityIsAnsweredOnce() {
        TestActivities question = TestActivities.message(FIRE_DRILL, serviceUrl, conversation);

        assertThat(bot.post(question.json()).statusCode()).isEqualTo(200);
        assertThat(bot.post(question.json()).statusCode()).isEqualTo(200);

        assertThat(repliesTo(question)).hasSize(1);
    }

    @Test
    void aMalformedBodyIsA400ProblemNotAStackTrace() {
        HttpResponse<String> response = bot.post("{\"type\": \"message\", \"text\": \"Jane Sentinel\"");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(BotEndpoint.json(response.body()).path("detail").asText()).startsWith("The request body is not valid JSON");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("Jane Sentinel");
    }

    @Test
    void anEmulatorActivityWhoseRecipientHasNoRoleIsAnswered() {
        // The SDK's anonymous path reads recipient.role on the emulator channel without a null check.
        TestActivities question = TestActivities.message(FIRE_DRILL, "http://localhost:9/", conversation)
                .set("channelId", "emulator").expectReplies();

        HttpResponse<String> response = bot.post(question.json());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(BotEndpoint.json(response.body()).path("activities")).hasSize(1);
    }

    @Test
    void anActivityWithoutATypeIsA400() {
        HttpResponse<String> response = bot.post(TestActivities.message("hi", serviceUrl, conversation).set("type", null).json());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(BotEndpoint.json(response.body()).path("detail").asText()).isEqualTo("The activity has no type.");
    }

    @Test
    void anUnknownActivityTypeIsAcceptedAndIgnored() {
        TestActivities odd = TestActivities.of("somethingNew", serviceUrl, conversation);

        assertThat(bot.post(odd.json()).statusCode()).isEqualTo(200);
        assertThat(repliesTo(odd)).isEmpty();
    }

    @Test
    void timestampsWithAndWithoutFractionalSecondsAreBothAccepted() {
        for (String timestamp : List.of("2026-11-22T07:10:00Z", "2026-11-22T07:10:00.5+01:00", "2026-11-22T07:10:00.1234567Z")) {
            TestActivities question = TestActivities.message(FIRE_DRILL, serviceUrl, conversation)
                    .set("timestamp", timestamp);
            assertThat(bot.post(question.json()).statusCode()).as(timestamp).isEqualTo(200);
            assertThat(repliesTo(question)).as(timestamp).hasSize(1);
        }
        HttpResponse<String> nonsense = bot.post(TestActivities.message("hi", serviceUrl, conversation)
                .set("timestamp", "yesterday").json());
        assertThat(nonsense.statusCode()).isEqualTo(400);
    }

    @Test
    void aRequestFarOverTheSizeLimitIsRefusedPolitely() {
        HttpResponse<String> response = bot.post(TestActivities.message("x".repeat(200_000), serviceUrl, conversation).json());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(BotEndpoint.json(response.body()).path("detail").asText()).contains("send a shorter message");
    }

    @Test
    void aMessageOverTheLengthLimitGetsAPoliteRefusal() {
        JsonNode reply = onlyReply(TestActivities.message("word ".repeat(5_000), serviceUrl, conversation));

        assertThat(reply.path("text").asText()).startsWith("That message is too long for me (24,999 characters; I can take up to 20,000)");
    }

    @Test
    void aQuestionOverAsksLimitIsRefusedAsOnTheApi() {
        String longest = "why " + "x".repeat(AskService.MAX_QUESTION_LENGTH - 4);
        assertThat(onlyReply(TestActivities.message(longest, serviceUrl, conversation)).path("text").asText())
                .doesNotContain("long question");

        JsonNode reply = onlyReply(TestActivities.message(longest + "?", serviceUrl, conversation));
        assertThat(reply.path("text").asText()).startsWith("That's a long question. Please ask it in 2,000 characters or fewer");
    }

    @Test
    void anEmptyMessageGetsANudge() {
        JsonNode reply = onlyReply(TestActivities.message("   ", serviceUrl, conversation));

        assertThat(reply.path("text").asText()).isEqualTo(PracticeBot.NUDGE);
    }

    @Test
    void aFeatureFlowKeepsItsStateAcrossTurnsAndCardClicks() {
        JsonNode choices = onlyReply(TestActivities.message("steps", serviceUrl, conversation));
        JsonNode button = choices.path("attachments").path(0).path("content").path("actions").path(0);
        assertThat(button.path("title").asText()).isEqualTo("Danger statement");

        Map<String, Object> click = BotEndpoint.json(button.path("data").toString()).propertyStream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> (Object) e.getValue().asString()));
        JsonNode prompt = onlyReply(TestActivities.submit(click, serviceUrl, conversation));
        assertThat(prompt.path("text").asText()).isEqualTo("Write your danger statement.");

        JsonNode report = onlyReply(TestActivities.message("Dad hits Sam when he drinks", serviceUrl, conversation));
        assertThat(report.path("attachments").path(0).path("content").toString())
                .contains("Your danger statement").contains("6 words");

        JsonNode afterFlow = onlyReply(TestActivities.message(OFF_TOPIC, serviceUrl, conversation));
        assertThat(afterFlow.path("attachments").path(0).path("content").toString()).contains("Not covered");
    }

    @Test
    void forgetErasesTheConversationStateAtOnce() {
        onlyReply(TestActivities.message("steps", serviceUrl, conversation));

        JsonNode forgotten = onlyReply(TestActivities.message("forget", serviceUrl, conversation));
        assertThat(forgotten.path("text").asText()).isEqualTo(PracticeBot.FORGOTTEN);

        // Without the flow, the next message is a question again rather than the draft's next step.
        JsonNode next = onlyReply(TestActivities.message(OFF_TOPIC, serviceUrl, conversation));
        assertThat(next.path("attachments").path(0).path("content").toString()).contains("Not covered");
    }

    @Test
    void messageTextNeverReachesTheLog(CapturedOutput output) {
        String sentinel = "Zebediah Quillfeather was hurt";
        onlyReply(TestActivities.message(sentinel, serviceUrl, conversation));
        onlyReply(TestActivities.message("steps", serviceUrl, conversation));
        bot.post(TestActivities.message("{broken " + sentinel, serviceUrl, conversation).json().replace("\"text\"", "\"text"));

        assertThat(output.getAll()).contains("route=Ask").doesNotContain("Zebediah").doesNotContain("Quillfeather");
    }

    private JsonNode onlyReply(TestActivities activity) {
        HttpResponse<String> response = bot.post(activity.json());
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> replies = repliesTo(activity);
        assertThat(replies).hasSize(1);
        return replies.getFirst();
    }

}
