package org.practiceassistant.check.entry;

import java.net.URI;
import java.util.List;
import org.practiceassistant.check.CheckReport;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.CheckSummary;
import org.practiceassistant.check.CheckTimedOut;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.DraftChecker;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.check.RubricFinding;
import org.practiceassistant.check.StatementCheck;
import org.practiceassistant.system.text.WellFormedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/check}: checks a danger statement, a safety goal or a plan. Logs the kind, the size
 * and the outcome only, never the draft. Malformed JSON is answered by the API-wide problem handler.
 */
@RestController
class CheckController {

    private static final Logger log = LoggerFactory.getLogger(CheckController.class);
    private static final URI INVALID_DRAFT = URI.create("https://practiceassistant.org/problems/invalid-draft");
    private static final URI TOO_SLOW = URI.create("https://practiceassistant.org/problems/check-timed-out");

    private final DraftChecker checker;
    private final CheckProperties properties;

    CheckController(DraftChecker checker, CheckProperties properties) {
        this.checker = checker;
        this.properties = properties;
    }

    record CheckRequest(String kind, String text) {

        CheckRequest {
            text = WellFormedText.of(text);
        }

        /** Says how long the draft is, never what it says: the framework logs request bodies at debug level. */
        @Override
        public String toString() {
            return "CheckRequest[kind=" + kind + ", text=" + (text == null ? "none" : text.length() + " chars") + "]";
        }
    }

    @PostMapping(path = "/api/check", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    CheckResponse check(@RequestBody CheckRequest request) {
        DraftKind kind = kind(request.kind());
        String text = request.text();
        if (text == null || text.isBlank()) {
            throw new InvalidDraftException("There is no text to check: send the draft in \"text\".");
        }
        if (text.length() > properties.maxTextLength()) {
            throw new InvalidDraftException("The text is " + text.length() + " characters; the most that can be checked at once is "
                    + properties.maxTextLength() + ".");
        }
        long started = System.nanoTime();
        CheckReport report = checker.check(kind, text, properties.timeBudget());
        // Debug, not info: sizes and counts only, but one line per request, and a flood of checks would be a flood of lines
        // (each request and its status are counted in the http.server.requests metric).
        log.debug("Checked a {} of {} characters in {} ms: {} met, {} not met, {} manual, {} statements",
                kind.wireName(), text.length(), (System.nanoTime() - started) / 1_000_000, report.count(CheckStatus.PASS),
                report.count(CheckStatus.FAIL), report.count(CheckStatus.MANUAL), report.statements().size());
        return CheckResponse.of(report);
    }

    private static DraftKind kind(String wire) {
        if (wire == null || wire.isBlank()) {
            throw new InvalidDraftException("Say what to check in \"kind\": " + wireNames() + ".");
        }
        return DraftKind.ofWireName(wire).orElseThrow(() -> new InvalidDraftException("Unknown kind; use one of " + wireNames() + "."));
    }

    private static String wireNames() {
        return String.join(", ", DraftKind.wireNames());
    }

    @ExceptionHandler(InvalidDraftException.class)
    ProblemDetail invalid(InvalidDraftException e) {
        log.info("Rejected a check request: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(INVALID_DRAFT);
        problem.setTitle("The draft cannot be checked");
        return problem;
    }

    /* A text that takes longer than the budget is one we cannot check: the caller is told, the work has stopped. */
    @ExceptionHandler(CheckTimedOut.class)
    ProblemDetail timedOut(CheckTimedOut e) {
        log.info("A check stopped at its time budget: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "This text could not be checked within " + properties.timeBudget().toMillis() + " ms. Check the plan in parts, "
                        + "or one statement or goal at a time.");
        problem.setType(TOO_SLOW);
        problem.setTitle("The draft cannot be checked in time");
        return problem;
    }

    /** Bad input from the caller; the message is shown to them and never holds draft text. */
    static final class InvalidDraftException extends RuntimeException {
        InvalidDraftException(String message) {
            super(message);
        }
    }

    /** The wire form of a {@link CheckReport}. */
    record CheckResponse(String kind, String summary, List<Check> checks, List<Statement> statements, List<RubricRow> rubric) {

        static CheckResponse of(CheckReport report) {
            return new CheckResponse(report.kind().wireName(), CheckSummary.line(report),
                    report.checks().stream().map(Check::of).toList(),
                    report.statements().stream().map(Statement::of).toList(),
                    report.rubric().stream().map(RubricRow::of).toList());
        }
    }

    record Check(String id, String status, String evidence, String advice, String source) {
        static Check of(CriterionResult r) {
            return new Check(r.id(), CheckSummary.wireStatus(r.status()), r.evidence(), r.advice(), r.source());
        }
    }

    record Statement(String kind, int number, String text, List<Check> checks) {
        static Statement of(StatementCheck s) {
            return new Statement(s.kind().wireName(), s.number(), s.text(), s.checks().stream().map(Check::of).toList());
        }
    }

    record RubricRow(String section, String criterion, String grade, String why, String source) {
        static RubricRow of(RubricFinding f) {
            return new RubricRow(f.section(), f.criterion(), f.manual() ? "manual" : f.grade().displayName(), f.why(), f.source());
        }
    }
}
