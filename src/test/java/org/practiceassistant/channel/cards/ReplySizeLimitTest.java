package org.practiceassistant.channel.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.Activity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceassistant.ask.Answer;
import org.practiceassistant.ask.AskResult;

class ReplySizeLimitTest {

    private final ReplySizeLimit limit = new ReplySizeLimit(80_000);

    @Test
    void aReplyThatFitsIsUntouched() {
        Activity reply = MessageFactory.text("Short answer.");

        assertThat(limit.fit(reply).getText()).isEqualTo("Short answer.");
    }

    @Test
    void anOversizedCardIsShortenedUnderTheLimitAndSaysSo() {
        String huge = "Children must be seen. ".repeat(10_000);
        ObjectNode card = AnswerCard.build("q", new AskResult(true,
                List.of(new Answer("a#1", huge, "Practice handbook", "Practice handbook › Visits", 1.0)), List.of()));
        Activity reply = MessageFactory.attachment(CardJson.attachment(card));
        assertThat(limit.size(reply)).isGreaterThan(80_000);

        Activity fitted = limit.fit(reply);

        assertThat(limit.size(fitted)).isLessThanOrEqualTo(80_000);
        String content = fitted.getAttachments().getFirst().getContent().toString();
        assertThat(content).contains(ReplySizeLimit.SHORTENED_NOTE).contains("Source: Practice handbook › Visits")
                .contains("Children must be seen.");
    }

    @Test
    void anOversizedTextIsShortenedAndSaysSo() {
        Activity fitted = limit.fit(MessageFactory.text("é".repeat(100_000)));

        assertThat(limit.size(fitted)).isLessThanOrEqualTo(80_000);
        assertThat(fitted.getText()).endsWith(ReplySizeLimit.SHORTENED_NOTE);
    }
}
