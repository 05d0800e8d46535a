package org.practiceassistant.channel.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;

class ActivityBodyTest {

    private final ActivityBody inbound = new ActivityBody(10_000, ActivityBody.Peers.of(new org.practiceassistant.channel.InboundProperties(java.util.List.of("msteams")), false));

    @ParameterizedTest
    @CsvSource({
        "2026-11-22T07:10:00Z,        2026-11-22T07:10:00Z",
        "2026-11-22T07:10:00.5Z,      2026-11-22T07:10:00.500Z",
        "2026-11-22T08:10:00.123+01:00, 2026-11-22T07:10:00.123Z",
        "2026-11-22T07:10:00.1234567Z, 2026-11-22T07:10:00.1234567Z"})
    void timestampsWithOrWithoutFractionsKeepTheirExactInstant(String sent, String expected) {
        ActivityBody.Result result = inbound.parse(activity("\"timestamp\":\"" + sent + "\","), 100);

        assertThat(result).isInstanceOfSatisfying(ActivityBody.Accepted.class, accepted ->
                assertThat(accepted.activity().getTimestamp().toInstant())
                        .isEqualTo(OffsetDateTime.parse(expected).withOffsetSameInstant(ZoneOffset.UTC).toInstant()));
    }

    @Test
    void badInputIsRejectedWithAReasonThatNeverQuotesTheInput() {
        assertRejected(inbound.parse("", 0), HttpStatus.BAD_REQUEST, "The request body is empty");
        assertRejected(inbound.parse("{\"text\": \"Jane Sentinel", 20), HttpStatus.BAD_REQUEST, "not valid JSON (line 1");
        assertRejected(inbound.parse("[1,2]", 5), HttpStatus.BAD_REQUEST, "must be a JSON object");
        assertRejected(inbound.parse(activity("").replace("\"type\":\"message\",", ""), 50), HttpStatus.BAD_REQUEST, "no type");
        assertRejected(inbound.parse(activity("\"timestamp\":\"Jane Sentinel\","), 50), HttpStatus.BAD_REQUEST, "timestamp");
        assertRejected(inbound.parse(activity("\"attachments\":\"Jane Sentinel\","), 50), HttpStatus.BAD_REQUEST, "(field attachments)");
        assertRejected(inbound.parse(activity("").replace("http://localhost:1/", "file:///etc"), 50), HttpStatus.BAD_REQUEST, "serviceUrl");
        assertRejected(inbound.parse(activity("").replace("\"id\":\"c1\"", "\"name\":\"x\""), 50), HttpStatus.BAD_REQUEST, "conversation.id");
    }

    @Test
    void idsLongerThanAnyChannelGivesAreRefused() {
        String teamsUser = "29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw";
        String teamsChannel = "19:3f1a6c0e2b4d4e7f9a8b7c6d5e4f3a2b@thread.skype;messageid=1701234567890";
        assertThat(inbound.parse(activity("").replace("\"u1\"", "\"" + teamsUser + "\"")
                .replace("\"c1\"", "\"" + teamsChannel + "\""), 300)).isInstanceOf(ActivityBody.Accepted.class);

        String hostile = "\"" + "x".repeat(300) + "\"";
        assertRejected(inbound.parse(activity("").replace("\"c1\"", hostile), 400), HttpStatus.BAD_REQUEST,
                "conversation.id is longer than 256 characters");
        assertRejected(inbound.parse(activity("").replace("\"u1\"", hostile), 400), HttpStatus.BAD_REQUEST,
                "from.id is longer than 256 characters");
        assertRejected(inbound.parse(activity("\"recipient\":{\"id\":" + hostile + "},"), 400), HttpStatus.BAD_REQUEST,
                "recipient.id is longer");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeParsingEvenWithoutALength() throws Exception {
        byte[] big = ("{\"type\":\"message\",\"text\":\"" + "x".repeat(20_000) + "\"}").getBytes();

        assertRejected(inbound.read(new ByteArrayInputStream(big), -1), HttpStatus.CONTENT_TOO_LARGE, "larger than 10000 bytes");
        assertRejected(inbound.read(new ByteArrayInputStream(new byte[0]), 1_000_000), HttpStatus.CONTENT_TOO_LARGE, "larger");
    }

    @Test
    void theLocaleIsDroppedSoTheSdkCannotChangeTheJvmDefault() {
        ActivityBody.Result result = inbound.parse(activity("\"locale\":\"tr-TR\","), 100);

        assertThat(result).isInstanceOfSatisfying(ActivityBody.Accepted.class,
                accepted -> assertThat(accepted.activity().getLocale()).isNull());
    }

    private static void assertRejected(ActivityBody.Result result, HttpStatus status, String reason) {
        assertThat(result).isInstanceOfSatisfying(ActivityBody.Rejected.class, rejected -> {
            assertThat(rejected.status()).isEqualTo(status);
            assertThat(rejected.reason()).contains(reason).doesNotContain("Jane");
        });
    }

    private static String activity(String extra) {
        return "{" + extra + "\"type\":\"message\",\"channelId\":\"msteams\",\"serviceUrl\":\"http://localhost:1/\","
                + "\"from\":{\"id\":\"u1\"},\"conversation\":{\"id\":\"c1\"},\"text\":\"hi\"}";
    }
}
