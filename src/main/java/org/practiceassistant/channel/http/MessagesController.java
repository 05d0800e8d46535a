package org.practiceassistant.channel.http;

import com.auth0.jwt.exceptions.JWTVerificationException;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.practiceassistant.channel.InboundProperties;
import org.practiceassistant.channel.TeamsProperties;
import org.practiceassistant.channel.turn.Failures;
import org.practiceassistant.channel.turn.TurnDeadlines;
import org.practiceassistant.system.text.LogText;
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
    /** The bot, built just after start-up (see {@link BotBuiltAfterStartup}). */
    private final BotBuiltAfterStartup bot;
    private final ActivityBody inbound;
    private final boolean authenticated;

    private final TurnDeadlines deadlines;

    MessagesController(TeamsAdapter adapter, BotBuiltAfterStartup bot, TeamsProperties settings, TurnDeadlines deadlines,
            InboundProperties inboundProperties) {
        this.deadlines = deadlines;
        this.adapter = adapter;
        this.bot = bot;
        this.inbound = new ActivityBody(settings.limits().maxRequestSize().toBytes(),
                ActivityBody.Peers.of(inboundProperties, settings.authenticated()));
        this.authenticated = settings.authenticated();
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
        Instant arrived = deadlines.now();
        ActivityBody.Result result = inbound.read(request.getInputStream(), request.getContentLengthLong());
        CompletableFuture<ResponseEntity<?>> response = switch (result) {
            case ActivityBody.Rejected rejected -> {
                // Our own fixed reasons only; nothing of the request.
                log.info("activity rejected: status={} reason=\"{}\"", rejected.status().value(), rejected.reason());
                yield CompletableFuture.completedFuture(problem(rejected.status(), rejected.reason()));
            }
            case ActivityBody.Accepted accepted when authenticated && !ChannelTokens.expires(authorization) -> {
                log.info("activity refused: not authenticated (token missing, unreadable or without expiry) bytes={}",
                        accepted.bytes());
                yield CompletableFuture.completedFuture(unauthorized());
            }
            case ActivityBody.Accepted accepted -> {
                String conversation = accepted.activity().getConversation().getId();
                Instant deadline = deadlines.begin(conversation, arrived);
                yield process(accepted, authorization == null ? "" : authorization)
                        .thenApply(answer -> {
                            deadlines.end(conversation, deadline);
                            logOutcome(accepted, answer.getStatusCode().value(), started);
                            return answer;
                        });
            }
        };
        // Never fails: process() turns every failure into a problem response.
        return response.isDone() ? response.join() : response;
    }

    /**
     * Someone the channel's token vouches for gets its activity id and type logged (bounded); a request
     * that failed authentication only a summary: it may come from anyone, and its id from anywhere.
     */
    private static void logOutcome(ActivityBody.Accepted accepted, int status, long started) {
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (status == HttpStatus.UNAUTHORIZED.value()) {
            log.info("activity refused: not authenticated bytes={} in {} ms", accepted.bytes(), millis);
            return;
        }
        log.info("activity {} type={} bytes={} status={} in {} ms", LogText.id(accepted.activity().getId()),
                LogText.id(accepted.activity().getType()), accepted.bytes(), status, millis);
    }

    private CompletableFuture<ResponseEntity<?>> process(ActivityBody.Accepted accepted, String authorization) {
        Activity activity = accepted.activity();
        CompletableFuture<InvokeResponse> turn;
        try {
            turn = adapter.processIncomingActivity(authorization, activity, bot.bot());
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
            return response.getStatus() >= 400
                    ? problem(Objects.requireNonNullElse(HttpStatus.resolve(response.getStatus()), HttpStatus.BAD_REQUEST),
                            "This bot does not handle that invoke.")
                    : status.build();
        }
        // The SDK's own mapper writes SDK types (ExpectedReplies, invoke bodies) the way the protocol expects.
        return status.contentType(MediaType.APPLICATION_JSON).body(Serialization.toStringSilent(response.getBody()));
    }

    private static ResponseEntity<?> failed(Activity activity, Throwable failure) {
        if (Failures.causedBy(failure, AuthenticationException.class)
                || Failures.causedBy(failure, JWTVerificationException.class)) {
            log.debug("not authenticated: {}", Failures.rootCause(failure).getClass().getSimpleName());
            return unauthorized();
        }
        Throwable cause = Failures.rootCause(failure);
        log.error("activity {} type={} failed: {} at {}", LogText.id(activity.getId()), LogText.id(activity.getType()),
                cause.getClass().getName(), Failures.origin(cause));
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "The activity could not be processed.");
    }

    private static ResponseEntity<?> unauthorized() {
        return problem(HttpStatus.UNAUTHORIZED, "The request's bearer token is missing or not valid for this bot.");
    }

    private static ResponseEntity<?> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
