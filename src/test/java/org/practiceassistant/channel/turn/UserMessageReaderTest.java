package org.practiceassistant.channel.turn;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Entity;
import com.microsoft.bot.schema.Mention;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practiceassistant.channel.cards.CardAction;

class UserMessageReaderTest {

    private final UserMessageReader reader = new UserMessageReader(new TeamsFileDownload(1_000, new org.practiceassistant.channel.AttachmentProperties("", List.of(), java.time.Duration.ofSeconds(5), 3)));

    @Test
    void theBotsMentionIsRemovedLiterallyEvenWithRegexCharactersInItsName() {
        Activity message = message("<at>Practice (beta)+</at> what is a fire drill?");
        Mention mention = new Mention();
        mention.setMentioned(new ChannelAccount("28:bot", "Practice (beta)+"));
        mention.setText("<at>Practice (beta)+</at>");
        Entity entity = new Entity().setAs(mention);
        Entity typeless = new Entity();
        message.setEntities(List.of(entity, typeless));

        assertThat(reader.read(message)).isEqualTo(new UserMessage.Typed("what is a fire drill?"));
    }

    @Test
    void otherPeoplesMentionsStay() {
        Activity message = message("<at>Sam</at> asked: what is a core group?");
        Mention mention = new Mention();
        mention.setMentioned(new ChannelAccount("29:sam", "Sam"));
        mention.setText("<at>Sam</at>");
        message.setEntities(List.of(new Entity().setAs(mention)));

        assertThat(reader.read(message)).isEqualTo(new UserMessage.Typed("<at>Sam</at> asked: what is a core group?"));
    }

    @Test
    void aCardSubmissionIsReadFromTheValue() {
        Activity message = message(null);
        message.setValue(Map.of("action", "ask", "question", "What is a fire drill?"));

        assertThat(reader.read(message)).isEqualTo(new UserMessage.Clicked(new CardAction.AskQuestion("What is a fire drill?")));
    }

    @Test
    void nothingUsableIsNothing() {
        assertThat(reader.read(message("  "))).isInstanceOf(UserMessage.Nothing.class);
        Activity odd = message(null);
        odd.setValue(Map.of("foo", "bar"));
        assertThat(reader.read(odd)).isInstanceOf(UserMessage.Nothing.class);
    }

    private static Activity message(String text) {
        Activity message = Activity.createMessageActivity();
        message.setText(text);
        message.setRecipient(new ChannelAccount("28:bot", "Practice"));
        return message;
    }
}
