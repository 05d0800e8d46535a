package org.practiceassistant.channel.turn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.ChannelAccount;
import java.net.HttpURLConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.practiceassistant.ask.AskResult;
import org.practiceassistant.ask.AskService;
import org.practiceassistant.channel.cards.AnswerCard;
import org.practiceassistant.channel.cards.CardAction;
import org.practiceassistant.channel.cards.CardJson;
import org.practiceassistant.channel.cards.FeatureReplyCard;
import org.practiceassistant.channel.cards.HelpCard;
import org.practiceassistant.channel.cards.NotCoveredCard;
import org.practiceassistant.channel.cards.ReplySizeLimit;
import org.practiceassistant.channel.cards.WelcomeCard;
import org.practiceassistant.channel.state.ConversationRecord;
import org.practiceassistant.channel.state.ConversationStore;
import org.practiceassistant.channel.state.StateConflictException;
import org.practiceassistant.channel.state.FeedbackLog;
import org.practiceassistant.conversation.ConversationFeature;
import org.practiceassistant.conversation.FeatureTurn;
import org.practiceassistant.conversation.Reply;
import org.practiceassistant.conversation.UserInput;
import org.practiceassistant.system.metrics.AssistantMetrics;
import org.practiceassistant.system.text.LinkFreeText;
import org.practiceassistant.system.text.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The Teams bot: reads each message, lets {@link Router} decide what it is, and carries that out with
 * Ask, the installed {@link ConversationFeature}s, or its own commands. Logs ids, routes, sizes and
 * timings; never what anyone wrote.
 */
public final class PracticeBot extends ActivityHandler {

    public static final String TOO_SLOW = "Sorry, that took me too long to work out. Please try again, or ask in fewer words.";
    public static final String FORGOTTEN = "Done: I've erased everything I held about you and this conversation.";
    public static final String CANCELLED = ConversationFeature.CANCELLED;
    public static final String NOTHING_TO_CANCEL = "There's nothing to cancel. Ask me a question whenever you like.";
    public static final String YOU_ARE_WELCOME = "You're welcome. Ask me another question whenever you like, or type **help** to see what I can do.";
    public static final String CARD_ACTION_NOT_USED = "That button isn't one of mine, so it does nothing here. "
            + "Ask me a question, or type **help**.";
    public static final String FILE_NOT_FOR_CHECK = "I read attached files only to check them, so I haven't opened that one. "
            + "To check a plan, send the file with the word **check**.";
    public static final String FEEDBACK_NOT_KEPT = "I couldn't match that vote to an answer of mine, so I haven't kept it. "
            + "Ask the question again and use the buttons on the new answer.";
    public static final String NUDGE = "I didn't catch a question there. Ask me about practice, or type **help** to see what I can do.";

    private static final Logger log = LoggerFactory.getLogger(PracticeBot.class);

    private final ConversationStore conversations;
    private final Router router;
    private final ObjectProvider<AskService> ask;
    private final FeedbackLog feedback;
    private final UserMessageReader reader;
    private final TurnBudget budget;
    private final TypingIndicator typing;
    private final ReplySizeLimit sizeLimit;
    private final Duration idleTimeout;
    private final Clock clock;
    private final AssistantMetrics metrics;
    private final TurnDeadlines deadlines;
    private final TeamsFileOffer fileOffer;

    public PracticeBot(ConversationStore conversations, Router router, ObjectProvider<AskService> ask,
            FeedbackLog feedback, UserMessageReader reader, TurnBudget budget, TypingIndicator typing,
            ReplySizeLimit sizeLimit, Duration idleTimeout, Clock clock, AssistantMetrics metrics, TurnDeadlines deadlines,
            TeamsFileOffer fileOffer) {
        this.deadlines = deadlines;
        this.fileOffer = fileOffer;
        this.conversations = conversations;
        this.router = router;
        this.ask = ask;
        this.feedback = feedback;
        this.reader = reader;
        this.budget = budget;
        this.typing = typing;
        this.sizeLimit = sizeLimit;
        this.idleTimeout = idleTimeout;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Turns anything thrown into a failed future: the SDK sends failed futures to the adapter's error
     * handler (an apology to the user) but lets a thrown exception escape the whole pipeline.
     */
    @Override
    public CompletableFuture<Void> onTurn(TurnContext turn) {
        try {
            return super.onTurn(turn);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Our cards use {@code Action.Submit}, which arrives as a message. An {@code Action.Execute} from some
     * other card arrives as an {@code adaptiveCard/action} invoke, which needs an invoke response, not an
     * apology: it gets a message saying the button does nothing here. Other invokes get the SDK's answer,
     * or 400 for one nobody handles.
     */
    @Override
    protected CompletableFuture<InvokeResponse> onInvokeActivity(TurnContext turn) {
        if ("adaptiveCard/action".equals(turn.getActivity().getName())) {
            AdaptiveCardInvokeResponse response = new AdaptiveCardInvokeResponse();
            response.setStatusCode(HttpURLConnection.HTTP_OK);
            response.setType("application/vnd.microsoft.activity.message");
            response.setValue(CARD_ACTION_NOT_USED);
            return CompletableFuture.completedFuture(new InvokeResponse(HttpURLConnection.HTTP_OK, response));
        }
        if (TeamsFileOffer.INVOKE_NAME.equals(turn.getActivity().getName())) {
            return CompletableFuture.completedFuture(fileOffer.answer(turn));
        }
        CompletableFuture<InvokeResponse> answer;
        try {
            answer = super.onInvokeActivity(turn);
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        // The SDK answers an invoke it has no handler for with 501: a client's request we do not serve is a 400.
        return answer.handle((response, failure) -> failure != null || response == null || response.getStatus() >= 500
                ? new InvokeResponse(HttpURLConnection.HTTP_BAD_REQUEST, null) : response);
    }

    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
        long started = System.nanoTime();
        ConversationRecord record = load(turn);
        UserMessage incoming;
        try {
            incoming = reader.read(turn.getActivity(), text -> router.wantsDocument(text, record.activeFeature()),
                    workTimeLeft(turn));
        } catch (TeamsFileDownload.FileUnavailable e) {
            // A fixed reason code only: where the link pointed and what answered stay out of log and reply.
            log.info("activity {} attachment not fetched: {}", LogText.id(turn.getActivity().getId()), e.reason());
            send(turn, List.of(MessageFactory.text(e.getMessage())));
            return save(turn, record);
        }
        Route route = router.route(incoming, record.activeFeature());
        Outcome outcome = perform(turn, route, record);
        // Saved before the replies go out: if the connector then fails for good, what the user said is kept;
        // if saving fails (store down, or another turn saved first), no reply claims it was taken in.
        if (outcome.next() != null) {
            save(turn, outcome.next()).join();
        }
        send(turn, outcome.replies());
        log.info("activity {} route={} replies={} in {} ms", LogText.id(turn.getActivity().getId()),
                route.getClass().getSimpleName(), outcome.replies().size(), (System.nanoTime() - started) / 1_000_000);
        return CompletableFuture.completedFuture(null);
    }

    private Duration workTimeLeft(TurnContext turn) {
        return deadlines.workTimeLeft(turn.getActivity().getConversation().getId());
    }

    /** How long this turn's replies (and its typing indicator) may still be waited for. */
    private Duration replyTimeLeft(TurnContext turn) {
        return deadlines.replyTimeLeft(turn.getActivity().getConversation().getId());
    }

    @Override
    protected CompletableFuture<Void> onInstallationUpdateAdd(TurnContext turn) {
        return welcomeOnce(turn);
    }

    @Override
    protected CompletableFuture<Void> onMembersAdded(List<ChannelAccount> membersAdded, TurnContext turn) {
        // In a team or group chat a new member should not trigger a card for everyone; installation does.
        return personal(turn) && !membersAdded.isEmpty() ? welcomeOnce(turn) : CompletableFuture.completedFuture(null);
    }

    /**
     * The welcome is claimed in the store before it is sent: installation and members-added events arrive
     * together (the Agents Playground posts both within milliseconds, Teams may add more), and the store's
     * version check lets exactly one turn's claim through, on one instance or several. A turn that loses
     * sends nothing. If sending then fails, that conversation goes unwelcomed rather than welcomed twice.
     */
    private CompletableFuture<Void> welcomeOnce(TurnContext turn) {
        ConversationRecord record = load(turn);
        if (record.welcomed()) {
            return CompletableFuture.completedFuture(null);
        }
        try {
            save(turn, record.welcomedNow()).join();
        } catch (CompletionException e) {
            if (Failures.causedBy(e, StateConflictException.class)) {
                log.info("activity {} welcome already claimed by another turn", LogText.id(turn.getActivity().getId()));
                return CompletableFuture.completedFuture(null);
            }
            throw e;
        }
        send(turn, List.of(card(WelcomeCard.build(featureLines()))));
        log.info("activity {} welcomed conversation", LogText.id(turn.getActivity().getId()));
        return CompletableFuture.completedFuture(null);
    }

    private Outcome perform(TurnContext turn, Route route, ConversationRecord record) {
        Instant now = clock.instant();
        return switch (route) {
            case Route.ShowHelp help -> new Outcome(List.of(card(HelpCard.build(featureLines()))), record.touched(now));
            case Route.Greet hello -> new Outcome(List.of(card(WelcomeCard.build(featureLines()))), record.touched(now));
            case Route.Thanks thanks -> new Outcome(List.of(MessageFactory.text(YOU_ARE_WELCOME)), record.touched(now));
            case Route.Forget forget -> {
                conversations.erase(turn).join();
                yield new Outcome(List.of(MessageFactory.text(FORGOTTEN)), null);
            }
            case Route.Cancel cancel -> new Outcome(List.of(MessageFactory.text(
                    cancel.activeFeature() == null ? NOTHING_TO_CANCEL : CANCELLED)), record.withoutFlow(now));
            case Route.Nudge nudge -> new Outcome(List.of(MessageFactory.text(NUDGE)), record.touched(now));
            case Route.FileNotForCheck file -> new Outcome(List.of(MessageFactory.text(FILE_NOT_FOR_CHECK)), record.touched(now));
            case Route.TooLong tooLong -> new Outcome(List.of(MessageFactory.text(String.format(
                    "That message is too long for me (%,d characters; I can take up to %,d). "
                            + "Please send a shorter message, or attach a long plan as a Word document with **check**.",
                    tooLong.length(), tooLong.limit()))), record.touched(now));
            case Route.RecordFeedback rating when !aboutPassagesOfThePack(rating.rating()) -> {
                log.info("activity {} feedback not kept: it names passages the pack does not hold", LogText.id(turn.getActivity().getId()));
                yield new Outcome(List.of(MessageFactory.text(FEEDBACK_NOT_KEPT)), record.touched(now));
            }
            case Route.RecordFeedback rating -> {
                CardAction.RateAnswer rate = rating.rating();
                feedback.record(new FeedbackLog.Vote(now, rate.passageIds(), rate.vote().wireName(), rate.comment()));
                log.info("activity {} feedback passages={} vote={} comment={} chars", LogText.id(turn.getActivity().getId()),
                        rate.passageIds().size(), rate.vote().wireName(), rate.comment().length());
                yield new Outcome(List.of(MessageFactory.text("Thank you: your feedback goes to the people who keep the guidance up to date.")),
                        record.touched(now));
            }
            case Route.Ask question -> new Outcome(answer(turn, question.question(), question.asTyped()), record.touched(now));
            case Route.Start start -> warnedWhereOthersRead(turn, start.feature(), runFeature(turn, record, start.feature(), now,
                    () -> start.feature().start(start.command(), start.input())));
            case Route.Continue next -> continueFeature(turn, record, next.feature(), next.input(), now);
        };
    }

    /**
     * A guided mapping started in a team channel or a group chat: before its first question, the worker is told that
     * everyone there sees what they type and where to map privately. The mapping still starts (a worker and their
     * manager may map together in a group chat); "cancel" stops it.
     */
    private static Outcome warnedWhereOthersRead(TurnContext turn, ConversationFeature<?> feature, Outcome started) {
        if (!feature.asksForCaseDetail() || personal(turn) || started.next() == null || started.next().activeFeature() == null) {
            return started;
        }
        List<Activity> replies = new ArrayList<>();
        replies.add(MessageFactory.text(SHARED_CONVERSATION));
        replies.addAll(started.replies());
        return new Outcome(replies, started.next());
    }

    static final String SHARED_CONVERSATION = "**Everyone in this conversation will see the case details you type here.** "
            + "A mapping is about a family: to keep it private, message me in a personal chat (open the app from the Teams "
            + "side bar, or select my name and **Chat**). To stop here, type **cancel**.";

    /** A one-to-one chat with the bot; a channel or group chat has other readers. No type (the local page) is personal. */
    private static boolean personal(TurnContext turn) {
        String type = turn.getActivity().getConversation().getConversationType();
        return type == null || type.isBlank() || "personal".equalsIgnoreCase(type);
    }

    /** A vote is kept only for passages the pack holds (the ids come back from the card, so anyone can change them). */
    private boolean aboutPassagesOfThePack(CardAction.RateAnswer rate) {
        AskService service = ask.getIfAvailable();
        return service != null && rate.passageIds().stream().allMatch(service::knowsPassage);
    }

    private List<Activity> answer(TurnContext turn, String question, boolean asTyped) {
        if (question.length() > AskService.MAX_QUESTION_LENGTH) {
            return List.of(MessageFactory.text(String.format("That's a long question. Please ask it in %,d characters or"
                    + " fewer; to check a draft or plan, start the message with **check**.", AskService.MAX_QUESTION_LENGTH)));
        }
        AskService service = ask.getIfAvailable();
        if (service == null) {
            return List.of(MessageFactory.text("Answering questions is not switched on in this build yet."));
        }
        AskResult result;
        try (TypingIndicator.Handle ignored = typing.whileWorking(turn, replyTimeLeft(turn))) {
            result = budget.run(() -> {
                long started = System.nanoTime();
                AskResult asked = service.ask(question, AskService.DEFAULT_LIMIT, asTyped);
                metrics.questionAnswered(asked.found(), Duration.ofNanos(System.nanoTime() - started));
                return asked;
            }, workTimeLeft(turn));
        } catch (TimeoutException e) {
            log.warn("activity {} ask timed out after {}", LogText.id(turn.getActivity().getId()), budget.budget());
            return List.of(MessageFactory.text(TOO_SLOW));
        }
        log.info("activity {} ask found={} answers={}", LogText.id(turn.getActivity().getId()), result.found(), result.answers().size());
        return List.of(card(result.found() && !result.answers().isEmpty()
                ? AnswerCard.build(question, result)
                : NotCoveredCard.build(question, result)));
    }

    private Outcome continueFeature(TurnContext turn, ConversationRecord record, ConversationFeature<?> feature,
            UserInput input, Instant now) {
        if (!feature.stateType().isInstance(record.featureState())) {
            // A state written by an older version of the feature: start afresh rather than guess.
            return new Outcome(List.of(MessageFactory.text("That earlier conversation has expired. Type **"
                    + feature.commands().iterator().next() + "** to start again.")), record.withoutFlow(now));
        }
        return runFeature(turn, record, feature, now, () -> continueTyped(feature, record.featureState(), input));
    }

    private static <S> FeatureTurn<S> continueTyped(ConversationFeature<S> feature, Object state, UserInput input) {
        return feature.continueFlow(feature.stateType().cast(state), input);
    }

    private Outcome runFeature(TurnContext turn, ConversationRecord record, ConversationFeature<?> feature, Instant now,
            java.util.function.Supplier<FeatureTurn<?>> work) {
        FeatureTurn<?> result;
        try (TypingIndicator.Handle ignored = typing.whileWorking(turn, replyTimeLeft(turn))) {
            result = budget.run(work, workTimeLeft(turn));
        } catch (TimeoutException e) {
            log.warn("activity {} feature {} timed out after {}", LogText.id(turn.getActivity().getId()), feature.name(), budget.budget());
            return new Outcome(List.of(MessageFactory.text(TOO_SLOW)), record.withoutFlow(now));
        } catch (RuntimeException e) {
            log.error("activity {} feature {} failed: {} at {}", LogText.id(turn.getActivity().getId()), feature.name(),
                    e.getClass().getName(), Failures.origin(e));
            return new Outcome(List.of(MessageFactory.text(TurnErrorReply.APOLOGY)), record.withoutFlow(now));
        }
        List<Activity> replies = new ArrayList<>();
        for (Reply reply : result.replies()) {
            replies.add(render(turn, feature.name(), reply));
        }
        ConversationRecord next = result.flowContinues()
                ? record.inFlow(feature.name(), result.nextState(), now)
                : record.withoutFlow(now);
        return new Outcome(replies, next);
    }

    private Activity render(TurnContext turn, String feature, Reply reply) {
        return switch (reply) {
            // Features echo the user's words (quotes, answers read back); a link among them is never rendered.
            case Reply.Text text -> MessageFactory.text(LinkFreeText.of(text.markdown()));
            case Reply.Choices choices -> card(FeatureReplyCard.choices(feature, choices));
            case Reply.Report report -> card(FeatureReplyCard.report(feature, report));
            case Reply.File file -> fileOffer.appliesTo(turn) ? fileOffer.consentCard(turn, file) : fileActivity(file);
        };
    }

    /**
     * The file inline, as a data URL: made for this reply and sent with it, so nothing is stored to serve it
     * later. The local chat page shows it as a download link; Teams does not show it, so there the file
     * goes by {@link TeamsFileOffer}.
     */
    private static Activity fileActivity(Reply.File file) {
        var attachment = new com.microsoft.bot.schema.Attachment();
        attachment.setName(file.name());
        attachment.setContentType(file.mediaType());
        attachment.setContentUrl("data:" + file.mediaType() + ";base64,"
                + java.util.Base64.getEncoder().encodeToString(file.content()));
        Activity activity = MessageFactory.text(file.caption());
        activity.setAttachments(List.of(attachment));
        return activity;
    }

    private List<String> featureLines() {
        return router.features().stream().map(ConversationFeature::helpLine).toList();
    }

    private static Activity card(ObjectNode card) {
        return MessageFactory.attachment(CardJson.attachment(card));
    }

    private void send(TurnContext turn, List<Activity> replies) {
        if (replies.isEmpty()) {
            return;
        }
        List<Activity> fitted = replies.stream().map(sizeLimit::fit).toList();
        // Waited for no longer than the turn has left: behind a hanging connector, replies queue in its client (a few dozen
        // at a time per host) with no time-out of their own running, and the turn would end late (HostileInputIT).
        Duration left = replyTimeLeft(turn);
        turn.sendActivities(fitted).orTimeout(Math.max(1, left.toMillis()), TimeUnit.MILLISECONDS).join();
    }

    private ConversationRecord load(TurnContext turn) {
        Instant now = clock.instant();
        ConversationRecord stored = conversations.load(turn).join();
        ConversationRecord record = stored != null ? stored : ConversationRecord.fresh(now);
        return record.expireIdleFlow(now, idleTimeout);
    }

    private CompletableFuture<Void> save(TurnContext turn, ConversationRecord record) {
        return conversations.save(turn, record);
    }

    /** Replies for this turn, and the conversation record to keep (null after {@code forget}: nothing is kept). */
    private record Outcome(List<Activity> replies, ConversationRecord next) {}
}
