package org.practiceassistant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person's first minutes with the real application, no credentials, no Teams: the chat page loads,
 * the bot's welcome card shows, a typed question gets an answer card quoting and citing the guidance,
 * clicking one of the card's follow-up buttons gets the next cited answer, and "Was this helpful?"
 * records the vote.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "logging.level.org.openqa.selenium=error",
    "assistant.teams.feedback.file=" + ChatPageEndToEndTest.FEEDBACK_FILE,
})
class ChatPageEndToEndTest {

    static final String FEEDBACK_FILE = "target/chat-page-end-to-end/feedback.jsonl";

    /** Buttons on an answer card that are not follow-up questions. */
    static final Set<String> FEEDBACK_BUTTONS = Set.of("Yes", "No");

    @LocalServerPort
    int port;

    @RegisterExtension
    final HeadlessChromium chromium = new HeadlessChromium();

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openPage() {
        browser = chromium.driver();
        wait = chromium.waitUpTo(Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/");
    }

    @Test
    void askReadTheCitedAnswerAndFollowUp() {
        WebElement welcome = waitForBotTurn(1);
        assertThat(welcome.findElements(By.cssSelector(".card button"))).as("example question buttons").isNotEmpty();

        WebElement box = browser.findElement(By.id("message"));
        box.sendKeys("How soon do I visit after a referral?");
        box.sendKeys(Keys.ENTER);

        WebElement answer = waitForBotTurn(2);
        chromium.screenshot(Path.of("target/screenshots/chat-page.png"));
        assertThat(answer.getText()).contains("Source:");
        assertThat(answer.findElements(By.cssSelector(".card"))).isNotEmpty();
        List<WebElement> followUps = answer.findElements(By.cssSelector(".card button")).stream()
                .filter(button -> !FEEDBACK_BUTTONS.contains(button.getText()))
                .toList();
        assertThat(followUps).as("follow-up question buttons on: %s", answer.getText()).isNotEmpty();

        followUps.getFirst().click();

        WebElement next = waitForBotTurn(3);
        assertThat(next.getText()).contains("Source:");
        assertThat(browser.findElements(By.cssSelector("[role=alert]"))).as("error notices").isEmpty();
    }

    @Test
    void wasThisHelpfulRecordsTheVoteWithoutWhoVoted() throws IOException {
        Path feedback = Path.of(FEEDBACK_FILE);
        Files.deleteIfExists(feedback);
        waitForBotTurn(1);
        WebElement box = browser.findElement(By.id("message"));
        box.sendKeys("What is a fire drill?");
        box.sendKeys(Keys.ENTER);
        WebElement answer = waitForBotTurn(2);

        answer.findElements(By.cssSelector(".card button")).stream()
                .filter(button -> button.getText().equals("Yes"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No 'Yes' button on: " + answer.getText()))
                .click();

        assertThat(waitForBotTurn(3).getText()).contains("Thank you: your feedback");
        String userId = (String) browser.executeScript(
                "return JSON.parse(sessionStorage.getItem('practice-assistant.chat')).userId");
        assertThat(Files.readAllLines(feedback)).singleElement().satisfies(vote -> assertThat(vote)
                .contains("\"passageIds\":[\"handbook/glossary#fire-drills\"]", "helpful")
                .as("the vote keeps what was answered, never the question or who asked")
                .doesNotContain("What is a fire drill?").doesNotContain(userId));
    }

    /** Waits until the bot has answered {@code count} times and returns its latest turn. */
    private WebElement waitForBotTurn(int count) {
        wait.until(d -> botTurns().size() >= count);
        return botTurns().get(count - 1);
    }

    private List<WebElement> botTurns() {
        return browser.findElements(By.cssSelector("#transcript > li.turn.bot"));
    }
}
