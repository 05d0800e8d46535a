package org.practiceassistant.check.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.practiceassistant.check.CheckReport;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.CheckSummary;
import org.practiceassistant.check.CheckTimedOut;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.DraftChecker;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.check.RubricFinding;
import org.practiceassistant.check.StatementCheck;
import org.practiceassistant.check.rules.KindGuess;
import org.practiceassistant.check.text.Quotes;
import org.practiceassistant.conversation.ConversationFeature;
import org.practiceassistant.conversation.FeatureTurn;
import org.practiceassistant.conversation.Reply;
import org.practiceassistant.conversation.RequestWords;
import org.practiceassistant.conversation.UserInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Teams {@code check} command: paste a statement, goal or plan (with the command or on the next
 * message), or attach a Word document; the answer is a card with a summary line and a row per
 * criterion (status, quoted evidence, fix, source), the rubric row behind it shown on demand.
 */
@Component
class CheckFeature implements ConversationFeature<CheckFeature.Awaiting> {

    /** Waiting for the draft; {@code kind} is a wire name, or empty to work it out from the text. */
    record Awaiting(String kind) {}

    private static final Logger log = LoggerFactory.getLogger(CheckFeature.class);

    /** Fewer words than this after the command are a request for a check, never the draft itself. */
    private static final int SHORTEST_DRAFT_WORDS = 5;

    private static final String PROMPT = "Paste the danger statement, safety goal or plan you want checked (or a worry statement, wellbeing or success goal), "
            + "or attach it as a Word (.docx) document.";

    /* Which rubric row sits behind a plan criterion, by the row's title. */
    private static final Map<CriterionId, String> RUBRIC_ROW = Map.of(
            CriterionId.CONTINGENCY, "contingency", CriterionId.SHARED_WITH_FAMILY, "sharing with families",
            CriterionId.VOICE_OF_CHILD, "child's view", CriterionId.IDENTITY_AND_DIVERSITY, "diversity",
            CriterionId.VISITS_MADE, "visit", CriterionId.CHILD_SEEN_ALONE, "voice of the child",
            CriterionId.VISITS_AND_REVIEW, "visit");

    private final DraftChecker checker;
    private final CheckProperties properties;

    CheckFeature(DraftChecker checker, CheckProperties properties) {
        this.checker = checker;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "check";
    }

    @Override
    public Set<String> commands() {
        return Set.of("check");
    }

    /** "can you check my plan", or a draft pasted on its own under its label: see {@link CheckRequest}. */
    @Override
    public Optional<UserInput.Text> startsFrom(String message) {
        return CheckRequest.startingInput(message).map(UserInput.Text::new);
    }

    /** A plan attached on its own is a plan to check. */
    @Override
    public boolean acceptsDocuments() {
        return true;
    }

    @Override
    public String helpLine() {
        return "**check** - check a statement, goal or plan against the audit rubric before sign-off: "
                + "type check and paste it, or attach a Word document";
    }

    @Override
    public Class<Awaiting> stateType() {
        return Awaiting.class;
    }

    @Override
    public FeatureTurn<Awaiting> start(String command, UserInput input) {
        return handle(new Awaiting(""), input);
    }

    @Override
    public FeatureTurn<Awaiting> continueFlow(Awaiting state, UserInput input) {
        return handle(state, input);
    }

    private FeatureTurn<Awaiting> handle(Awaiting state, UserInput input) {
        return switch (input) {
            case UserInput.Text text -> fromText(state, text.text());
            case UserInput.Document document -> fromDocument(state, document);
            case UserInput.Submission submission -> FeatureTurn.continueWith(state, Reply.text(PROMPT));
        };
    }

    private FeatureTurn<Awaiting> fromText(Awaiting state, String text) {
        Optional<KindGuess.Named> named = KindGuess.named(text);
        String kind = named.map(n -> n.kind().wireName()).orElse(state.kind());
        String draft = named.map(KindGuess.Named::text).orElse(text).strip();
        if (draft.isEmpty()) {
            return FeatureTurn.continueWith(new Awaiting(kind), Reply.text(PROMPT));
        }
        // "check this", "check my plan pls": a few words after the command ask for a check; no statement, goal or plan
        // is that short, so the draft is still to come (in the kind they named, if any).
        if (named.isEmpty() && RequestWords.tokens(draft).size() < SHORTEST_DRAFT_WORDS) {
            return FeatureTurn.continueWith(new Awaiting(kindNamedIn(draft).orElse(kind)), Reply.text(PROMPT));
        }
        return FeatureTurn.finish(check(kind, draft));
    }

    /** The kind a short request names anywhere in it ("my safety goal pls"), as the label would. */
    private static Optional<String> kindNamedIn(String request) {
        List<String> words = RequestWords.tokens(request);
        for (int i = 0; i < words.size(); i++) {
            Optional<KindGuess.Named> named = KindGuess.named(String.join(" ", words.subList(i, words.size())));
            if (named.isPresent()) {
                return Optional.of(named.get().kind().wireName());
            }
        }
        return Optional.empty();
    }

    private FeatureTurn<Awaiting> fromDocument(Awaiting state, UserInput.Document document) {
        if (!WordDocumentReader.looksLikeWord(document.fileName(), document.contentType())) {
            log.info("Check: declined an attachment that is not a .docx ({} bytes)", document.content().length);
            return FeatureTurn.finish(Reply.text("I can only read Word **.docx** documents. Save the plan as .docx, "
                    + "or paste its text after **check**."));
        }
        try {
            String text = WordDocumentReader.read(document.content());
            String kind = state.kind().isEmpty() ? DraftKind.PLAN.wireName() : state.kind();
            return FeatureTurn.finish(check(kind, text));
        } catch (WordDocumentReader.UnreadableDocument e) {
            log.info("Check: could not read a .docx of {} bytes", document.content().length);
            return FeatureTurn.finish(Reply.text(e.getMessage()));
        }
    }

    private Reply check(String wireKind, String text) {
        if (text.length() > properties.maxTextLength()) {
            return Reply.text("That is " + text.length() + " characters; I can check up to " + properties.maxTextLength()
                    + " at once. Check the plan in parts, or one statement or goal at a time.");
        }
        DraftKind kind = wireKind.isEmpty() ? KindGuess.guess(text) : DraftKind.ofWireName(wireKind)
                .orElseThrow(() -> new IllegalStateException("unknown kind in state: " + wireKind));
        long started = System.nanoTime();
        CheckReport report;
        try {
            report = checker.check(kind, text, properties.timeBudget());
        } catch (CheckTimedOut e) {
            log.info("Check in Teams: a {} of {} characters stopped at its time budget", kind.wireName(), text.length());
            return Reply.text("I couldn't check that in time. Check the plan in parts, or one statement or goal at a time.");
        }
        log.info("Check in Teams: a {} of {} characters in {} ms, {} met, {} not met, {} manual", kind.wireName(), text.length(),
                (System.nanoTime() - started) / 1_000_000, report.count(CheckStatus.PASS), report.count(CheckStatus.FAIL),
                report.count(CheckStatus.MANUAL));
        return card(report);
    }

    static Reply.Report card(CheckReport report) {
        List<Reply.Item> items = new ArrayList<>();
        for (CriterionResult result : report.checks()) {
            items.add(new Reply.Item(result.criterion().label(), result.status().label(), body(result), rubricRow(report, result.criterion())));
        }
        for (StatementCheck statement : report.statements()) {
            long met = statement.checks().stream().filter(c -> c.status() == CheckStatus.PASS).count();
            String heading = capitalised(statement.kind().term()) + " " + statement.number();
            StringBuilder body = new StringBuilder("> " + Quotes.shorten(statement.text()));
            statement.checks().stream().filter(c -> c.status() == CheckStatus.FAIL)
                    .forEach(c -> body.append("\n\n- **").append(c.criterion().label()).append("**: ").append(c.advice()));
            items.add(new Reply.Item(heading, met + " of " + statement.checks().size() + " met", body.toString()));
        }
        if (report.kind() != DraftKind.PLAN) {
            // A single statement or goal: the rubric rows it bears on, shown with the criteria.
            for (RubricFinding finding : report.rubric()) {
                items.add(new Reply.Item("Rubric: " + finding.criterion(), finding.manual() ? "Your judgement" : finding.grade().displayName(),
                        finding.why() + "\n\n_Source: " + finding.source() + "_"));
            }
        }
        String title = title(report.kind()) + ": " + CheckSummary.line(report);
        return new Reply.Report(title, items, List.of());
    }

    private static Reply.More rubricRow(CheckReport report, CriterionId criterionId) {
        String row = RUBRIC_ROW.get(criterionId);
        if (row == null) {
            return Reply.More.NONE;
        }
        // "visit": a child protection plan's "CP – visits" row, a child in need plan's "CIN – visiting".
        return report.rubric().stream().filter(f -> f.criterion().toLowerCase(Locale.ROOT).contains(row)).findFirst()
                .map(f -> new Reply.More("Rubric row", "**" + f.criterion() + "** (" + f.section() + "): "
                        + (f.manual() ? "your judgement" : f.grade().displayName()) + "\n\n" + f.why() + "\n\n_" + f.source() + "_"))
                .orElse(Reply.More.NONE);
    }

    private static String body(CriterionResult result) {
        List<String> parts = new ArrayList<>();
        if (!result.evidence().isEmpty()) {
            parts.add("Evidence: " + result.evidence());
        }
        if (!result.advice().isEmpty()) {
            parts.add((result.status() == CheckStatus.MANUAL ? "" : "Fix: ") + result.advice());
        }
        parts.add("_Source: " + result.source() + "_");
        return String.join("\n\n", parts);
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String title(DraftKind kind) {
        return capitalised(kind.term()) + " check";
    }
}
