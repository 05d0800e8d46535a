package org.practiceassistant.channel.http;

import com.auth0.jwt.exceptions.JWTVerificationException;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.practiceassistant.channel.TeamsProperties;
import org.practiceassistant.channel.turn.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Bot Framework messaging endpoint. Reads the body itself (bounded) and parses it with the SDK's own
 * Jackson 2 mapper, then hands the activity to the SDK adapter, which checks the caller's token and runs
 * the bot. Every failure becomes a status with an RFC 9457 problem body; none becomes a stack trace.
 */
@RestController
class MessagesController {

    private static final Logger log = LoggerFactory.getLogger(MessagesController.class);

    private final TeamsAdapter adapter;
    private final Bot bot;
    private final InboundActivity inbound;

    MessagesController(TeamsAdapter adapter, Bot bot, TeamsProperties settings) {
        this.adapter = adapter;
        this.bot = bot;
        this.inbound = new InboundActivity(settings.limits().maxRequestSize().toBytes());
    }

    /**
     * @return the response itself when the turn has already finished on this thread (as without
     *         credentials), or a future of it (Spring answers asynchronously; with credentials the SDK
     *         validates the token on its own threads and the turn ends there). Handing Spring a finished
     *         future would still cost a second dispatch through the whole servlet stack: a fifth of the CPU
     *         of a turn under load (LoadBenchmark, JFR).
     */
    @PostMapping("/api/messages")
    Object receive(HttpServletRequest request,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) throws IOException {
        long started = System.nanoTime();
        InboundActivity.Result result = inbound.read(request.getInputStream(), request.getContentLengthLong());
        CompletableFuture<ResponseEntity<?>> response = switch (result) {
            case InboundActivity.Rejected rejected -> {
                log.info("activity rejected: status={} reason=\"{}\"", rejected.status().value(), rejected.reason());
                yield CompletableFuture.completedFuture(problem(rejected.status(), rejected.reason()));
            }
            case InboundActivity.Accepted accepted -> process(accepted, authorization == null ? "" : authorization)
                    .thenApply(answer -> {
                        log.info("activity {} type={} bytes={} status={} in {} ms", accepted.activity().getId(),
                                accepted.activity().getType(), accepted.bytes(), answer.getStatusCode().value(),
                                (System.nanoTime() - started) / 1_000_000);
                        return answer;
                    });
        };
        // Never fails: process() turns every failure into a problem response.
        return response.isDone() ? response.join() : response;
    }

    private CompletableFuture<ResponseEntity<?>> process(InboundActivity.Accepted accepted, String authorization) {
        Activity activity = accepted.activity();
        CompletableFuture<InvokeResponse> turn;
        try {
            turn = adapter.processIncomingActivity(authorization, activity, bot);
        } catch (RuntimeException e) {
            // The SDK decodes the token before its first future: a malformed token throws right here.
            turn = CompletableFuture.failedFuture(e);
        }
        return turn.handle((response, failure) -> failure == null ? ok(response) : failed(activity, failure));
    }

    private static ResponseEntity<?> ok(InvokeResponse response) {
        if (response == null) {
            return ResponseEntity.ok().build();
        }
        ResponseEntity.BodyBuilder status = ResponseEntity.status(response.getStatus());
        if (response.getBody() == null) {
            return status.build();
        }
        // The SDK's own mapper writes SDK types (ExpectedReplies, invoke bodies) the way the protocol expects.
        return status.contentType(MediaType.APPLICATION_JSON).body(Serialization.toStringSilent(response.getBody()));
    }

    private static ResponseEntity<?> failed(Activity activity, Throwable failure) {
        if (Failures.causedBy(failure, AuthenticationException.class)
                || Failures.causedBy(failure, JWTVerificationException.class)) {
            log.info("activity {} refused: not authenticated ({})", activity.getId(),
                    Failures.rootCause(failure).getClass().getSimpleName());
            return problem(HttpStatus.UNAUTHORIZED, "The request's bearer token is missing or not valid for this bot.");
        }
        Throwable cause = Failures.rootCause(failure);
        log.error("activity {} type={} failed: {} at {}", activity.getId(), activity.getType(),
                cause.getClass().getName(), Failures.origin(cause));
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "The activity could not be processed.");
    }

    private static ResponseEntity<?> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
