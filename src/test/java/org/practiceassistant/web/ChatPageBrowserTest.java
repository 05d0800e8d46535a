package org.practiceassistant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The chat page's side of the protocol, in a real headless browser, against a scripted bot: the
 * activities the page posts (ids, delivery mode, welcome, card submissions) and how it shows every kind
 * of reply (Markdown text, Adaptive Cards with Submit / ShowCard buttons, suggested actions, errors).
 * {@link ChatPageEndToEndTest} does the same walk against the real bot.
 */
@SpringBootTest(classes = ChatPageBrowserTest.PageOnly.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.org.openqa.selenium=error")
class ChatPageBrowserTest {

    /**
     * Static resources from the real application, and the scripted bot below; nothing else (a plain
     * {@code @Configuration}: a {@code @TestConfiguration} would pull in the whole application too).
     */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import(ScriptedBot.class)
    static class PageOnly {

        /** Spring Security is on the class path for the real application; this page-only app is open, as the local page is. */
        @Bean
        SecurityFilterChain openPage(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .csrf(csrf -> csrf.disable()).build();
        }
    }

    static final List<Map<String, Object>> received = new CopyOnWriteArrayList<>();

    @RestController
    static class ScriptedBot {

        @PostMapping("/api/messages")
        ResponseEntity<?> receive(@RequestBody Map<String, Object> activity) {
            received.add(activity);
            if ("conversationUpdate".equals(activity.get("type"))) {
                return replies(Map.of("type", "message",
                        "text", "**Welcome.** I answer practice questions.\n\n- quoted\n- cited",
                        "suggestedActions", Map.of("actions", List.of(
                                Map.of("type", "imBack", "title", "What is a fire drill?", "value", "What is a fire drill?")))));
            }
            if (activity.get("value") instanceof Map<?, ?> value) {
                return replies(answerCard("Answer to " + value.get("question"), "Practice handbook › Safety planning"));
            }
            String text = String.valueOf(activity.get("text"));
            if (text.equals("markup")) {
                return replies(Map.of("type", "message",
                        "text", "<b>not bold</b> [bad](javascript:alert(1)) [good](https://example.org/a)"));
            }
            if (text.equals("locked")) {
                return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "No token"));
            }
            if (text.equals("break")) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Scripted failure");
                return ResponseEntity.badRequest().body(problem);
            }
            return replies(Map.of("type", "typing"), answerCard("Answer to " + text, "Practice handbook › Referrals"));
        }

        private static ResponseEntity<?> replies(Map<?, ?>... activities) {
            return ResponseEntity.ok(Map.of("activities", List.of(activities)));
        }

        private static Map<String, Object> answerCard(String quote, String source) {
            Map<String, Object> card = Map.of(
                    "type", "AdaptiveCard",
                    "$schema", "http://adaptivecards.io/schemas/adaptive-card.json",
                    "version", "1.5",
                    "body", List.of(
                            Map.of("type", "TextBlock", "text", quote, "wrap", true),
                            Map.of("type", "TextBlock", "text", "Source: " + source, "isSubtle", true, "wrap", true)),
                    "actions", List.of(
                            Map.of("type", "Action.Submit", "title", "Follow-up: what next?",
                                    "data", Map.of("action", "ask", "question", "what next?")),
                            Map.of("type", "Action.ShowCard", "title", "Why this answer",
                                    "card", Map.of("type", "AdaptiveCard", "body", List.of(
                                            Map.of("type", "TextBlock", "text", "Because the handbook says so.", "wrap", true)))),
                            Map.of("type", "Action.Submit", "title", "Ask about core groups",
                                    "data", Map.of("msteams", Map.of("type", "imBack", "value", "What is a core group?"))),
                            Map.of("type", "Action.Submit", "title", "Message back",
                                    "data", Map.of("msteams", Map.of("type", "messageBack", "text", "hidden text",
                                            "displayText", "Shown in the chat", "value", "{\"step\":2}")))));
            return Map.of("type", "message", "attachments", List.of(
                    Map.of("contentType", "application/vnd.microsoft.card.adaptive", "content", card)));
        }
    }

    @LocalServerPort
    int port;

    @RegisterExtension
    final HeadlessChromium chromium = new HeadlessChromium();

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openPage() {
        received.clear();
        browser = chromium.driver();
        wait = chromium.waitUpTo(Duration.ofSeconds(15));
        browser.get("http://127.0.0.1:" + port + "/");
    }

    @Test
    void welcomesOnFirstLoadWithAConversationUpdateFromThisTab() {
        WebElement welcome = waitForTurn(1);
        assertThat(welcome.findElement(By.tagName("strong")).getText()).isEqualTo("Welcome.");
        assertThat(welcome.findElements(By.cssSelector("ul li"))).extracting(WebElement::getText)
                .containsExactly("quoted", "cited");

        assertThat(received).hasSize(1);
        Map<String, Object> update = received.getFirst();
        assertThat(update).containsEntry("type", "conversationUpdate")
                .containsEntry("deliveryMode", "expectReplies")
                .containsEntry("channelId", "emulator")
                .containsEntry("serviceUrl", "http://127.0.0.1:" + port);
        assertThat(idOf(update, "from")).startsWith("user-");
        assertThat((List<?>) update.get("membersAdded")).singleElement()
                .satisfies(member -> assertThat(((Map<?, ?>) member).get("id")).isEqualTo(idOf(update, "from")));
    }

    @Test
    void asksRendersTheCardAndSendsButtonDataAsTheActivityValue() {
        waitForTurn(1);
        ask("How soon do I visit after a referral?");
        WebElement answer = waitForTurn(3);
        assertThat(answer.getText()).contains("Answer to How soon do I visit after a referral?")
                .contains("Source: Practice handbook › Referrals");

        Map<String, Object> question = received.get(1);
        assertThat(question).containsEntry("type", "message")
                .containsEntry("text", "How soon do I visit after a referral?")
                .containsEntry("deliveryMode", "expectReplies");
        assertThat(idOf(question, "conversation")).isEqualTo(idOf(received.getFirst(), "conversation"));
        assertThat(idOf(question, "from")).isEqualTo(idOf(received.getFirst(), "from"));

        button(answer, "Follow-up: what next?").click();
        WebElement next = waitForTurn(5);
        assertThat(next.getText()).contains("Answer to what next?").contains("Practice handbook › Safety planning");
        assertThat(received.get(2)).containsEntry("value", Map.of("action", "ask", "question", "what next?"))
                .doesNotContainKey("text");
        assertThat(transcript().get(3).getText()).contains("You chose “Follow-up: what next?”");

        button(next, "Ask about core groups").click();
        waitForTurn(7);
        assertThat(received.get(3)).containsEntry("text", "What is a core group?");

        chromium.screenshot(Path.of("target/screenshots/chat-page-scripted.png"));
    }

    @Test
    void messageBackSendsTextAndValueButShowsOnlyTheDisplayText() {
        waitForTurn(1);
        ask("a question");
        button(waitForTurn(3), "Message back").click();
        WebElement shown = waitForTurn(4);
        assertThat(shown.getText()).contains("Shown in the chat").doesNotContain("hidden text");
        wait.until(d -> received.size() == 3);
        assertThat(received.get(2)).containsEntry("text", "hidden text").containsEntry("value", Map.of("step", 2));
    }

    @Test
    void showCardExpandsInPlaceWithoutPostingAnything() {
        waitForTurn(1);
        ask("a question");
        WebElement answer = waitForTurn(3);
        assertThat(answer.getText()).doesNotContain("Because the handbook says so.");
        button(answer, "Why this answer").click();
        wait.until(d -> answer.getText().contains("Because the handbook says so."));
        assertThat(received).hasSize(2);
    }

    @Test
    void suggestedActionsSendTheirValueAndThenDisappear() {
        waitForTurn(1);
        WebElement suggestion = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#suggested-actions button")));
        assertThat(suggestion.getText()).isEqualTo("What is a fire drill?");
        suggestion.click();
        waitForTurn(3);
        assertThat(received.get(1)).containsEntry("text", "What is a fire drill?");
        assertThat(browser.findElement(By.id("suggested-actions")).isDisplayed()).isFalse();
    }

    @Test
    void keepsTheConversationAcrossAReloadAndStartsOverOnRequest() {
        waitForTurn(1);
        ask("first question");
        waitForTurn(3);
        browser.navigate().refresh();
        waitForTurn(3);
        assertThat(received).hasSize(2); // no second welcome after a reload

        browser.findElement(By.id("start-over")).click();
        wait.until(d -> received.size() == 3 && transcript().size() == 1);
        assertThat(received.get(2)).containsEntry("type", "conversationUpdate");
        assertThat(idOf(received.get(2), "conversation")).isNotEqualTo(idOf(received.getFirst(), "conversation"));
    }

    @Test
    void showsTheProblemDetailWhenTheBotRefuses() {
        waitForTurn(1);
        ask("break");
        WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert]")));
        assertThat(alert.getText()).isEqualTo("The assistant could not answer (HTTP 400): Scripted failure");
    }

    @Test
    void everyControlHasAnAccessibleNameAndRepliesAreAnnounced() {
        waitForTurn(1);
        ask("a question");
        waitForTurn(3);
        List<WebElement> buttons = browser.findElements(By.tagName("button"));
        assertThat(buttons).hasSizeGreaterThan(4);
        for (WebElement button : buttons) {
            assertThat(button.getAccessibleName()).as(button.getAttribute("outerHTML")).isNotBlank();
        }
        assertThat(browser.findElement(By.id("message")).getAccessibleName()).isEqualTo("Message");
        WebElement transcript = browser.findElement(By.id("transcript"));
        assertThat(transcript.getAttribute("role")).isEqualTo("log");
        assertThat(transcript.getAttribute("aria-live")).isEqualTo("polite");
    }

    @Test
    void botTextCannotInjectMarkupOrScriptLinks() {
        waitForTurn(1);
        ask("markup");
        WebElement reply = waitForTurn(3);
        assertThat(reply.getText()).contains("<b>not bold</b>").contains("[bad](javascript:alert(1))");
        assertThat(reply.findElements(By.tagName("b"))).isEmpty();
        assertThat(reply.findElements(By.tagName("a"))).singleElement()
                .satisfies(link -> assertThat(link.getAttribute("href")).isEqualTo("https://example.org/a"));
    }

    @Test
    void saysWhyWhenTheAssistantRunsWithCredentials() {
        waitForTurn(1);
        ask("locked");
        WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert]")));
        assertThat(alert.getText()).contains("running with Microsoft credentials", "Start it without credentials");
    }

    private void ask(String question) {
        WebElement box = browser.findElement(By.id("message"));
        box.sendKeys(question);
        box.sendKeys(Keys.ENTER);
    }

    private List<WebElement> transcript() {
        return browser.findElements(By.cssSelector("#transcript > li"));
    }

    /** Waits until the transcript has {@code count} entries and returns the last one. */
    private WebElement waitForTurn(int count) {
        wait.until(d -> transcript().size() >= count);
        return transcript().get(count - 1);
    }

    private WebElement button(WebElement within, String title) {
        return within.findElements(By.tagName("button")).stream()
                .filter(b -> b.getText().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No button '" + title + "' in: " + within.getText()));
    }

    private static String idOf(Map<String, Object> activity, String account) {
        return String.valueOf(((Map<?, ?>) activity.get(account)).get("id"));
    }
}
