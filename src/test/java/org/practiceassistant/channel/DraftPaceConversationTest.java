package org.practiceassistant.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceassistant.system.ratelimit.UserRateLimiter;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A quick worker through the whole application with the rate limit on, as it ships: a mapping's turns
 * sent back to back (faster than anyone clicks) are all answered, none refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DraftPaceConversationTest extends ConnectorConversationTest {

    @Test
    void aWorkerClickingThroughAMappingIsNeverThrottled() {
        List<String> turns = List.of("draft", "cp", "Ella 4",
                "Dad hit Ella on 3 May and she had a bruise on her arm; the school saw it the next day.",
                "not sure", "Nan has Ella every Friday and Ella is always fed and on time for school.",
                "The school and I are worried that Ella will be hurt again when Dad is angry.", "Mum and Nan",
                "Mum will not let Dad in when he has been drinking and Nan will stay over on Fridays.",
                "Ella will feel safe at home and sleep in her own bed.", "for the next 6 months",
                "Nan will write in the safety journal each week and I will read it at visits.", "accept", "accept",
                "no", "skip", "ok", "Mum 6, Nan 7, social worker 3", "help", "example", "where am i", "back", "ok",
                "Mum 6, Nan 7, social worker 3", "back", "help", "example", "where am i", "ok",
                "Mum 6, Nan 7, social worker 3");
        assertThat(turns).hasSizeGreaterThanOrEqualTo(30);
        for (String text : turns) {
            TestActivities activity = TestActivities.message(text, serviceUrl, conversation);
            assertThat(bot.post(activity.json()).statusCode()).isEqualTo(200);
            String replies = connector.findAll(postRequestedFor(urlPathMatching(
                    "/v3/conversations/.*/activities/" + activity.id()))).toString();
            assertThat(replies).as("reply to \"" + text + "\"").isNotEmpty()
                    .doesNotContain(UserRateLimiter.POLITE_REFUSAL.substring(0, 30));
        }
    }
}
