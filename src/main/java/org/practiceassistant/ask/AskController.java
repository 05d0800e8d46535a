package org.practiceassistant.ask;

import jakarta.validation.Valid;
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

    AskController(AskService askService) {
        this.askService = askService;
    }

    @PostMapping(path = "/api/ask", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    AskResult ask(@Valid @RequestBody AskRequest request) {
        return askService.ask(request.question(), request.limitOrDefault());
    }
}
