package org.practiceassistant.draft;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.practiceassistant.conversation.ConversationFeature;
import org.practiceassistant.conversation.FeatureTurn;
import org.practiceassistant.conversation.Reply;
import org.practiceassistant.conversation.UserInput;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.system.metrics.AssistantMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mapping coach in the bot: "draft" starts it, every later message or button click in the
 * conversation goes to {@link MappingCoach#handle}, and the coach's replies become the channel's text,
 * button and report replies. The state is the coach's own record, kept by the channel between turns.
 * Counts the mappings it starts and completes in the assistant's metrics.
 */
public final class DraftFeature implements ConversationFeature<MappingState> {

    private static final Logger log = LoggerFactory.getLogger(DraftFeature.class);
    /** The channel shows at most this many buttons under a reply. */
    private static final int MAX_BUTTONS = 6;

    private final MappingCoach coach;
    private final ChildAndFamilyPlan plan;
    private final Clock clock;
    private final AssistantMetrics metrics;
    private final PlanWriterWarmUp planWriterWarmUp;

    DraftFeature(MappingCoach coach, ChildAndFamilyPlan plan, Clock clock, AssistantMetrics metrics,
            PlanWriterWarmUp planWriterWarmUp) {
        this.coach = coach;
        this.plan = plan;
        this.clock = clock;
        this.metrics = metrics;
        this.planWriterWarmUp = planWriterWarmUp;
    }

    /** Warming nothing up: for tests and tools that build the feature by hand. */
    DraftFeature(MappingCoach coach, ChildAndFamilyPlan plan, Clock clock, AssistantMetrics metrics) {
        this(coach, plan, clock, metrics, PlanWriterWarmUp.none());
    }

    /** Counting nowhere: for tests and tools that build the feature by hand. */
    DraftFeature(MappingCoach coach, ChildAndFamilyPlan plan, Clock clock) {
        this(coach, plan, clock, AssistantMetrics.notPublished());
    }

    @Override
    public boolean asksForCaseDetail() {
        return true;
    }

    @Override
    public String name() {
        return "draft";
    }

    @Override
    public Set<String> commands() {
        return Set.of("draft");
    }

    /** "help me write a danger statement", "start a mapping" and the like. */
    @Override
    public boolean startsFlow(String message) {
        return coach.isStart(message);
    }

    /** "can you help me write a danger statement" and other requests in words: see {@link DraftRequest}. */
    @Override
    public Optional<UserInput.Text> startsFrom(String message) {
        if (asksForAPlanNotKept(message)) {
            return Optional.of(new UserInput.Text(PLAN_AFTER_THE_END));
        }
        return DraftRequest.asks(message) ? Optional.of(new UserInput.Text("")) : Optional.empty();
    }

    /** Stands for "plan pls" with no mapping in progress; no one can type it, so "draft a plan" still starts one. */
    private static final String PLAN_AFTER_THE_END = "\u0000plan";

    /** "plan", "can i have the plan doc pls" once the mapping is over: the coach kept no copy to send again. */
    private static boolean asksForAPlanNotKept(String message) {
        String said = ForgivingMatch.normalise(message == null ? "" : message);
        return said.equals("plan") || said.equals("the plan") || CoachIntentParser.asksForThePlan(said);
    }

    @Override
    public String helpLine() {
        return "**draft** - write a danger (or worry) statement and its paired goal with me, one question at a time";
    }

    @Override
    public Class<MappingState> stateType() {
        return MappingState.class;
    }

    @Override
    public FeatureTurn<MappingState> start(String command, UserInput input) {
        if (input instanceof UserInput.Text(String rest) && rest.equals(PLAN_AFTER_THE_END)) {
            return FeatureTurn.finish(Reply.text(CoachWording.PLAN_NOT_KEPT));
        }
        CoachTurn turn = coach.start(clock.instant());
        // "draft child protection" answers the first question at once.
        if (input instanceof UserInput.Text(String rest) && ServiceArea.parse(rest).isPresent()) {
            turn = coach.handle(turn.next().orElseThrow(), rest, clock.instant());
        }
        log.info("draft started");
        metrics.mappingStarted();
        FeatureTurn<MappingState> opening = toFeatureTurn(turn);
        // The opening reply is made; the plan it ends in is many turns away, time enough to load the plan writer.
        planWriterWarmUp.mappingStarted();
        return opening;
    }

    @Override
    public FeatureTurn<MappingState> continueFlow(MappingState state, UserInput input) {
        if (coach.isExpired(state, clock.instant())) {
            log.info("draft expired after idle time");
            return FeatureTurn.finish(Reply.text("Your mapping was left for a while, so I cleared it to keep it private."
                    + " Say **draft** to start again."));
        }
        String message = switch (input) {
            case UserInput.Text(String text) -> text;
            case UserInput.Submission submission -> submission.choice();
            case UserInput.Document document -> null;
        };
        if (message == null) {
            return FeatureTurn.continueWith(state, Reply.text("I cannot read files while we draft. Please type your"
                    + " answer; to check a whole plan, finish or cancel this mapping first and attach it to **check**."));
        }
        CoachTurn turn = coach.handle(state, message, clock.instant());
        log.info("draft turn: step {} -> {}, {} replies", state.step(),
                turn.next().map(s -> s.step().name()).orElse("ended"), turn.replies().size());
        return toFeatureTurn(turn);
    }

    private FeatureTurn<MappingState> toFeatureTurn(CoachTurn turn) {
        List<Reply> replies = turn.replies().stream().flatMap(r -> r instanceof CoachReply.PlanDocument document
                ? java.util.stream.Stream.of(planFile(document)) : render(r).stream()).toList();
        FeatureTurn<MappingState> featureTurn = new FeatureTurn<>(replies, turn.next().orElse(null));
        // Completed means handed over as a report (the statements and goals), not ended by cancel or expiry.
        if (!featureTurn.flowContinues() && replies.stream().anyMatch(Reply.Report.class::isInstance)) {
            metrics.mappingCompleted();
        }
        return featureTurn;
    }

    /** The plan made in memory for this reply; the bytes go out with it and are not kept. */
    private Reply planFile(CoachReply.PlanDocument document) {
        byte[] docx = plan.write(document.summary(), java.time.LocalDate.now(clock));
        return new Reply.File(ChildAndFamilyPlan.FILE_NAME, ChildAndFamilyPlan.MEDIA_TYPE, docx,
                "Child and Family Plan (Word document).");
    }

    static List<Reply> render(CoachReply reply) {
        return switch (reply) {
            case CoachReply.PlanDocument document -> throw new IllegalStateException("a plan is rendered with its file");
            case CoachReply.Note note -> List.of(Reply.text(note.text()));
            case CoachReply.Prompt prompt -> List.of(new Reply.Choices(promptText(prompt),
                    prompt.guidance().stream().map(q -> new Reply.Quote(q.text(), q.citation())).toList(),
                    prompt.question(), prompt.options().stream().map(a -> new Reply.Choice(a.label(), a.sends())).toList(),
                    buttons(prompt.actions())));
            case CoachReply.Composed composed -> List.of(composedReport(composed));
            case CoachReply.Summary summary -> List.of(summaryReport(summary.summary()),
                    Reply.text("To paste into the case record:\n\n```\n" + summary.plainText() + "```"));
        };
    }

    private static String promptText(CoachReply.Prompt prompt) {
        return "**" + prompt.title() + "** · " + prompt.progress() + "\n\n_" + prompt.purpose() + "_";
    }

    private static List<Reply.Choice> buttons(List<CoachAction> actions) {
        return actions.stream().limit(MAX_BUTTONS).map(a -> new Reply.Choice(a.label(), a.sends())).toList();
    }

    private static Reply composedReport(CoachReply.Composed composed) {
        var items = new ArrayList<Reply.Item>();
        items.add(new Reply.Item(capitalise(composed.term()), "", composed.text()));
        for (CriterionResult criterion : composed.report().checks()) {
            items.add(new Reply.Item(criterion.criterion().label(), criterion.status().label(),
                    criterion.status() == CheckStatus.PASS || criterion.advice().isBlank()
                            ? quotedOnce(criterion.evidence())
                            : criterion.advice()));
        }
        return new Reply.Report("Your " + composed.term() + " (worry " + composed.worry() + ")", items, List.of());
    }

    /** Check's evidence comes in its own straight quotes: shown in one pair of curly ones, never both. */
    static String quotedOnce(String evidence) {
        String words = evidence.strip();
        if (words.isEmpty()) {
            return "";
        }
        if (words.length() >= 2 && words.startsWith("\"") && words.endsWith("\"")) {
            words = words.substring(1, words.length() - 1).strip();
        }
        return "\u201C" + words + "\u201D";
    }

    private static Reply summaryReport(MappingSummary summary) {
        var v = summary.vocabulary();
        var items = new ArrayList<Reply.Item>();
        items.add(new Reply.Item("Children", "", summary.children().stream().map(Child::describe)
                .collect(Collectors.joining(", "))));
        for (int i = 0; i < summary.pairs().size(); i++) {
            var pair = summary.pairs().get(i);
            items.add(new Reply.Item(capitalise(v.statement()) + " " + (i + 1), "", pair.statement()));
            items.add(new Reply.Item(capitalise(v.goal()) + " " + (i + 1), "", pair.goal()));
            items.add(new Reply.Item("Scale " + (i + 1), "", "0 means " + pair.scale().zeroMeans() + ".\n\n10 means "
                    + pair.scale().tenMeans() + ".\n\nScores: " + pair.scores().stream()
                    .map(s -> s.person() + ": " + s.shown()).collect(Collectors.joining(", "))));
        }
        addIfGiven(items, "The child's views", summary.childVoice());
        addIfGiven(items, "Identity and culture", summary.identity());
        items.add(new Reply.Item("Bottom lines", "", summary.bottomLines().isBlank() ? "None set" : summary.bottomLines()));
        items.add(new Reply.Item("Next steps", "", summary.nextSteps()));
        if (ChildAndFamilyPlan.answered(summary.contingency())) {
            items.add(new Reply.Item("Contingency plan", "", summary.contingency()));
        }
        addIfGiven(items, "Plan shared with", summary.sharedWith());
        return new Reply.Report("Mapping summary: " + v.model() + " (" + summary.serviceArea().label() + ")", items,
                List.of());
    }

    private static void addIfGiven(List<Reply.Item> items, String heading, String answer) {
        if (!answer.isBlank()) {
            items.add(new Reply.Item(heading, "", answer));
        }
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
