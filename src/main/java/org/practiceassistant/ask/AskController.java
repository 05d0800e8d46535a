package org.practiceassistant.ask;

import jakarta.validation.Valid;
import java.time.Duration;
import org.practiceassistant.system.metrics.AssistantMetrics;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/ask}: a question in, cited passages out. Bad requests become problem bodies in
 * {@code org.practiceassistant.web.ApiProblemHandler}.
 */
@RestController
class AskController {

    private final AskService askService;
    private final AssistantMetrics metrics;

    AskController(AskService askService, AssistantMetrics metrics) {
        this.askService = askService;
        this.metrics = metrics;
    }

    @PostMapping(path = "/api/ask", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    AskResult ask(@Valid @RequestBody AskRequest request) {
        long started = System.nanoTime();
        AskResult result = askService.ask(request.question(), request.limitOrDefault(), request.asTypedOrDefault());
        metrics.questionAnswered(result.found(), Duration.ofNanos(System.nanoTime() - started));
        return result;
    }
}
