package org.practiceassistant.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceassistant.draft.TwoWorryMapping;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What a worker sees change in draft29, through the real controller, adapter, cards and state, in answers of our own:
 * a practice question about "a cp plan" and "can i get the plan as a word doc" mid-flow keep the place; "i havent met
 * them yet" is never who is worried; a child's life told now and "when its good" gives the goal the good picture.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assistant.rate-limit.enabled=false")
class DraftNowAndWhenGoodConversationTest extends ConnectorConversationTest {

    @Test
    void detoursMidFlowKeepThePlaceAndTheGoodPictureReachesTheGoal() {
        List<String> answers = new ArrayList<>(TwoWorryMapping.ANSWERS.subList(0, 11));
        answers.set(8, "right now Ella hides under the table when dad shouts. when its good she sits with mum at tea and"
                + " nan rings her every evening");
        replyTexts("draft");
        replyTexts(answers.get(0));
        replyTexts(answers.get(1));
        assertThat(replyTexts("how often do i have to visit on a cp plan?")).contains("outside the mapping")
                .contains("What has happened to Ella");
        assertThat(replyTexts("can i get the plan as a word doc")).contains("ready once the first statement and goal")
                .contains("What has happened to Ella");
        for (int i = 2; i < 5; i++) {
            replyTexts(answers.get(i));
        }
        assertThat(replyTexts("i havent met them yet, can i still do this?")).doesNotContain("Thank you: i havent met them");
        String last = "";
        for (int i = 5; i < answers.size(); i++) {
            last = replyTexts(answers.get(i));
        }
        assertThat(last).doesNotContain("haven't met them yet is worried");
        assertThat(replyTexts("accept")).contains("When things are good, Ella will sit with mum at tea and nan will ring her"
                + " every evening").doesNotContain("hides under the table when dad shouts. When");
    }
}
