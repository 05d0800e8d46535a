package org.practiceassistant.channel.turn;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.practiceassistant.channel.state.StateConflictException;
import org.practiceassistant.channel.state.StateStoreUnavailableException;
import org.practiceassistant.system.text.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the user sees when a turn fails inside the bot: a short apology, never the error. The log gets the
 * activity id and the error's type and origin, never its message (a parser's message can quote the input).
 */
public final class TurnErrorReply {

    static final String APOLOGY = "Sorry, something went wrong on my side and I couldn't finish that. "
            + "Please try again in a moment.";

    static final String STATE_UNAVAILABLE = "I can't reach the place where I keep our conversation just now, "
            + "so I couldn't finish that. Please try again in a few minutes.";
    static final String STATE_CONFLICT = "Two of your messages reached me at the same moment: I kept the first "
            + "and set this one aside, so nothing was mixed up. Please send it again.";

    private static final Logger log = LoggerFactory.getLogger(TurnErrorReply.class);

    private final TurnDeadlines deadlines;

    public TurnErrorReply(TurnDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    public CompletableFuture<Void> reply(TurnContext turn, Throwable failure) {
        Activity activity = turn.getActivity();
        Throwable cause = Failures.rootCause(failure);
        log.error("turn failed: activity={} type={} error={} at {}", LogText.id(activity.getId()), LogText.id(activity.getType()),
                cause.getClass().getName(), Failures.origin(cause));
        if (turn.getResponded()) {
            return CompletableFuture.completedFuture(null);
        }
        Duration left = deadlines.replyTimeLeft(activity.getConversation() == null ? null : activity.getConversation().getId());
        if (left.isZero()) {
            // The turn's time is up (most often its reply hung): an apology now could only arrive after Teams gave up.
            log.info("no apology sent for activity {}: the turn's time was up", LogText.id(activity.getId()));
            return CompletableFuture.completedFuture(null);
        }
        return turn.sendActivity(userMessage(failure)).orTimeout(left.toMillis(), TimeUnit.MILLISECONDS).handle((sent, sendFailure) -> {
            if (sendFailure != null) {
                log.warn("could not send the apology for activity {}: {}", LogText.id(activity.getId()),
                        Failures.rootCause(sendFailure).getClass().getName());
            }
            return null;
        });
    }

    /** A plain reason where there is one the user can act on; otherwise the general apology. */
    private static String userMessage(Throwable failure) {
        if (Failures.causedBy(failure, StateConflictException.class)) {
            return STATE_CONFLICT;
        }
        return Failures.causedBy(failure, StateStoreUnavailableException.class) ? STATE_UNAVAILABLE : APOLOGY;
    }
}
