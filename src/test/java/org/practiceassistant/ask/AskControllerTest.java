package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceassistant.system.metrics.AssistantMetrics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.practiceassistant.web.StrictJsonTypes;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The web slice of /api/ask: the JSON contract, and a clear 400 problem for each kind of bad input. */
@WebMvcTest(AskController.class)
@Import(StrictJsonTypes.class)
class AskControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AskService askService;

    @MockitoBean
    AssistantMetrics metrics;

    private MvcTestResult post(String contentType, String body) {
        return mvc.post().uri("/api/ask").contentType(contentType).content(body).exchange();
    }

    @Test
    void answersWithCitedPassagesBestFirst() {
        given(askService.ask("what is a fire drill?", 3, false)).willReturn(new AskResult(true, List.of(
                new Answer("handbook/glossary#fire-drills", "Fire Drills: rehearse the plan.", "Practice handbook",
                        "Practice handbook › Glossary of terms › Fire Drills", 7.5)), List.of()));

        MvcTestResult result = post(MediaType.APPLICATION_JSON_VALUE, "{\"question\": \"what is a fire drill?\"}");

        assertThat(result).hasStatusOk().bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.found").isEqualTo(true);
            assertThat(json).extractingPath("$.answers[0].text").isEqualTo("Fire Drills: rehearse the plan.");
            assertThat(json).extractingPath("$.answers[0].document").isEqualTo("Practice handbook");
            assertThat(json).extractingPath("$.answers[0].section")
                    .isEqualTo("Practice handbook › Glossary of terms › Fire Drills");
            assertThat(json).extractingPath("$.answers[0].score").isEqualTo(7.5);
        });
    }

    @Test
    void anOutOfMemoryErrorIsPassedOnAsItselfNotAnswered500() {
        given(askService.ask(anyString(), anyInt(), anyBoolean())).willThrow(new OutOfMemoryError("Java heap space"));

        MvcTestResult result = post(MediaType.APPLICATION_JSON_VALUE, "{\"question\": \"what is a fire drill?\"}");

        assertThat(result).hasFailed();
        assertThat(result.getUnresolvedException()).hasRootCauseInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void passesTheLimitOn() {
        given(askService.ask(anyString(), anyInt(), anyBoolean())).willReturn(AskResult.notFound(List.of()));

        assertThat(post(MediaType.APPLICATION_JSON_VALUE, "{\"question\": \"core groups\", \"limit\": 7}")).hasStatusOk();

        verify(askService).ask("core groups", 7, false);
    }

    @Test
    void passesTheWordsAsTypedOnWhenAsked() {
        given(askService.ask(anyString(), anyInt(), anyBoolean())).willReturn(AskResult.notFound(List.of()));

        assertThat(post(MediaType.APPLICATION_JSON_VALUE, "{\"question\": \"core gropus\", \"asTyped\": true}")).hasStatusOk();

        verify(askService).ask("core gropus", 3, true);
    }

    @Test
    void countsEachQuestionAnsweredByItsOutcome() {
        given(askService.ask(anyString(), anyInt(), anyBoolean())).willReturn(AskResult.notFound(List.of()));

        assertThat(post(MediaType.APPLICATION_JSON_VALUE, "{\"question\": \"core groups\"}")).hasStatusOk();

        verify(metrics).questionAnswered(eq(false), any(Duration.class));
    }

    @Test
    void rejectsAMissingQuestion() throws Exception {
        assertProblem(post(MediaType.APPLICATION_JSON_VALUE, "{\"limit\": 3}"), "question: must not be blank");
    }

    @Test
    void rejectsABlankQuestion() throws Exception {
        assertProblem(post(MediaType.APPLICATION_JSON_VALUE, "{\"question\": \"   \"}"), "question: must not be blank");
    }

    @Test
    void rejectsAQuestionOverTwoThousandCharacters() throws Exception {
        String question = "a".repeat(2001);
        assertProblem(post(MediaType.APPLICATION_JSON_VALUE, "{\"question\": \"" + question + "\"}"),
                "question: must be at most 2,000 characters");
    }

    @Test
    void acceptsAQuestionOfExactlyTwoThousandCharacters() {
        given(askService.ask(anyString(), anyInt(), anyBoolean())).willReturn(AskResult.notFound(List.of()));
        assertThat(post(MediaType.APPLICATION_JSON_VALUE, "{\"question\": \"" + "a".repeat(2000) + "\"}")).hasStatusOk();
    }

    @Test
    void rejectsALimitOutOfRange() throws Exception {
        assertProblem(post(MediaType.APPLICATION_JSON_VALUE, "{\"question\": \"visits\", \"limit\": 0}"),
                "limit: must be between 1 and 10");
        assertProblem(post(MediaType.APPLICATION_JSON_VALUE, "{\"question\": \"visits\", \"limit\": 11}"),
                "limit: must be between 1 and 10");
    }

    @Test
    void rejectsALimitThatIsNotANumber() throws Exception {
        assertProblem(post(MediaType.APPLICATION_JSON_VALUE, "{\"question\": \"visits\", \"limit\": \"lots\"}"),
                "Field 'limit' has the wrong type.");
    }

    @Test
    void rejectsALimitThatIsNotAWholeNumber() throws Exception {
        assertProblem(post(MediaType.APPLICATION_JSON_VALUE, "{\"question\": \"visits\", \"limit\": 2.5}"),
                "Field 'limit' has the wrong type.");
    }

    @Test
    void rejectsFieldsOfTheWrongTypeEvenWhenTheyCouldBeConverted() throws Exception {
        assertProblem(post(MediaType.APPLICATION_JSON_VALUE, "{\"question\": \"visits\", \"limit\": \"2\"}"),
                "Field 'limit' has the wrong type.");
        assertProblem(post(MediaType.APPLICATION_JSON_VALUE, "{\"question\": 12}"), "Field 'question' has the wrong type.");
    }

    @Test
    void rejectsMalformedJsonWithoutEchoingIt() throws Exception {
        MvcTestResult result = post(MediaType.APPLICATION_JSON_VALUE, "{\"question\": \"Jane Sentinel was hit");
        assertProblem(result, "The request body is not valid JSON.");
        assertThat(result.getResponse().getContentAsString()).doesNotContain("Sentinel");
    }

    @Test
    void rejectsAMissingBody() throws Exception {
        assertProblem(post(MediaType.APPLICATION_JSON_VALUE, ""), "The request body is missing: send a JSON object.");
    }

    @Test
    void rejectsTheWrongContentType() throws Exception {
        assertProblem(post(MediaType.TEXT_PLAIN_VALUE, "what is a fire drill?"),
                "Content type 'text/plain' is not supported; send application/json.");
    }

    private void assertProblem(MvcTestResult result, String detail) throws Exception {
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.status").isEqualTo(400);
                    assertThat(json).extractingPath("$.detail").isEqualTo(detail);
                });
        assertThat(result.getResponse().getContentAsString()).doesNotContain("Exception").doesNotContain("at org.");
        verifyNoInteractions(askService);
    }
}
