package org.practiceassistant.draft;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.practiceassistant.check.CheckReport;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.DraftChecker;

/** Small stand-ins for the pack, jargon list and checker, so the coach's flow is tested on its own. */
public final class CoachFixtures {

    public static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    static final MappingWords SAFETY = new MappingWords("Signs of Safety", "danger statement", "safety goal", "Harm",
            "Existing Safety", "safe");
    static final MappingWords WELLBEING = new MappingWords("Signs of Wellbeing", "worry statement", "wellbeing goal",
            "Wellbeing Concerns", "Existing Wellbeing", "healthy and well");
    static final MappingWords SUCCESS = new MappingWords("Signs of Success", "worry statement", "success goal",
            "Worrying Behaviour", "Existing Success", "doing well");

    private CoachFixtures() {}

    static CoachGuidance guidance() {
        return new CoachGuidance() {
            @Override
            public MappingWords vocabularyFor(ServiceArea area) {
                return switch (area) {
                    case CHILD_PROTECTION, DISABILITIES_CHILD_PROTECTION -> SAFETY;
                    case EARLY_HELP, CHILD_IN_NEED, DISABILITIES_SHORT_BREAKS, DISABILITIES_CHILD_IN_NEED -> WELLBEING;
                    default -> SUCCESS;
                };
            }

            @Override
            public List<GuidanceQuote> quotesFor(Step step, MappingWords vocabulary) {
                return List.of(new GuidanceQuote("Guidance for " + step.name(), "Test pack › " + step.name()));
            }
        };
    }

    static JargonSpotter jargon() {
        Map<String, String> terms = Map.of("dv", "Dad hit Mum", "engage", "take part");
        return text -> terms.entrySet().stream()
                .filter(e -> text.toLowerCase().matches("(?s).*\\b" + e.getKey() + "\\b.*"))
                .findFirst()
                .map(e -> new JargonSpotter.Jargon(e.getKey().toUpperCase(), e.getValue()));
    }

    /**
     * Passes everything except text holding the word FAILME, so tests can see both outcomes; text holding UNSEEN says
     * nothing others could see (the observable-behaviour rule fails).
     */
    static DraftChecker checker() {
        return (kind, text, budget) -> new CheckReport(kind, List.of(new CriterionResult(CriterionId.READABILITY, text.contains("FAILME")
                ? CheckStatus.FAIL : CheckStatus.PASS, "", text.contains("FAILME") ? "fix it" : "", "test"),
                new CriterionResult(CriterionId.OBSERVABLE_BEHAVIOUR, text.contains("UNSEEN") ? CheckStatus.FAIL : CheckStatus.PASS,
                        "", text.contains("UNSEEN") ? "say what others see" : "", "test")));
    }

    static MappingCoach coach() {
        return new MappingCoach(guidance(), jargon(), checker(), new DraftSettings(1200, Duration.ofHours(2)));
    }

    /** A conversation with the coach begun and answered, with {@link #goodAnswer}s, up to {@code step} of the first worry. */
    static Conversation atStep(Step step) {
        return atStep(step, CP_TO_REVIEW[0]);
    }

    /** As {@link #atStep(Step)}, in the service {@code service} names ("child in need"): its words, the same answers. */
    static Conversation atStep(Step step, String service) {
        var c = new Conversation(coach()).start();
        if (step != Step.SERVICE_AREA) {
            c.say(service);
        }
        for (int turns = 0; c.step() != step; turns++) {
            if (turns > Step.values().length) {
                throw new AssertionError("never reached " + step + ", stopped at " + c.step());
            }
            c.say(goodAnswer(c.step()));
        }
        return c;
    }

    /**
     * An answer at each step that moves the first worry's mapping on: {@link #CP_TO_REVIEW}'s up to how everyone will
     * know, then accept, no more worries, the proposed scale, scores, a next step, and skip at the optional steps.
     */
    static String goodAnswer(Step step) {
        return switch (step) {
            case SERVICE_AREA, CHILDREN, HARM, COMPLICATING_FACTORS, WORKING_WELL, WORRY, NETWORK, DOING, CHILD_EXPERIENCE,
                 TIMESCALE, HOW_KNOWN -> CP_TO_REVIEW[step.ordinal()];
            case REVIEW_STATEMENT, REVIEW_GOAL -> "accept";
            case ANOTHER_WORRY -> "no";
            case SCALE -> "ok";
            case SCORES -> "Mum 6, social worker 3";
            case NEXT_STEPS -> "Social worker to visit Mum on Friday.";
            case BOTTOM_LINES, CONTINGENCY, CHILD_VOICE, IDENTITY, SHARED_WITH -> "skip";
        };
    }

    /** A conversation with the coach: says things, keeps the state, remembers the last replies. */
    static final class Conversation {
        final MappingCoach coach;
        Optional<MappingState> state = Optional.empty();
        List<CoachReply> replies = List.of();
        Instant now = T0;

        Conversation(MappingCoach coach) {
            this.coach = coach;
        }

        Conversation start() {
            apply(coach.start(now));
            return this;
        }

        /**
         * A child in need mapping for Ruby (5), missing school, answered up to the worry step: what happened, what makes it
         * harder and what is working well given. Shared by the tests of the worry step's parts.
         */
        Conversation atRubysWorryStep() {
            return start().say("child in need", "Ruby 5",
                    "Ruby has missed 20 days of school since September and was late on 12 more.",
                    "Mum works nights and sleeps through the morning.", "Aunt Carol takes her in when she can.");
        }

        Conversation say(String... messages) {
            for (String message : messages) {
                now = now.plusSeconds(30);
                apply(coach.handle(state.orElseThrow(() -> new AssertionError("no mapping in progress")), message, now));
            }
            return this;
        }

        private void apply(CoachTurn turn) {
            state = turn.next();
            replies = turn.replies();
        }

        MappingState current() {
            return state.orElseThrow();
        }

        Step step() {
            return current().step();
        }

        /** Every reply as text, so tests can look for words in what the worker saw. */
        String text() {
            return replies.stream().map(CoachFixtures::render).collect(Collectors.joining("\n"));
        }

        <R extends CoachReply> List<R> repliesOf(Class<R> type) {
            var found = new ArrayList<R>();
            replies.stream().filter(type::isInstance).map(type::cast).forEach(found::add);
            return found;
        }
    }

    static String render(CoachReply reply) {
        return switch (reply) {
            case CoachReply.Prompt p -> p.progress() + " | " + p.title() + " | " + p.purpose() + " | " + p.question()
                    + " | " + p.guidance().stream().map(GuidanceQuote::text).collect(Collectors.joining(" / "))
                    + " | " + p.actions().stream().map(CoachAction::label).collect(Collectors.joining(","));
            case CoachReply.Note n -> n.text();
            case CoachReply.Composed c -> c.term() + ": " + c.text() + " [" + (c.report().allMet() ? "all met" : "not met") + "]";
            case CoachReply.Summary s -> s.plainText();
            case CoachReply.PlanDocument p -> "[Child and Family Plan: " + p.summary().pairs().size() + " pairs]";
        };
    }

    /** Answers that hold every fact the statement and goal need (a Child Protection mapping). */
    static final String[] CP_TO_REVIEW = {
            "3",
            "Ella, 4",
            "Dad has hit Mum three times since March when he had been drinking; Ella saw it twice and the worst time, on 2 May, she hid under the table.",
            "Dad drinks most weekends and blames Mum for the fights.",
            "Mum called the police on 2 May and Grandma Jean has collected Ella from nursery every day since.",
            "The social worker and the nursery are worried that Ella will be hurt when Dad is angry and will grow up frightened at home.",
            "Mum, Grandma Jean and Aunt Sara",
            "Mum will not let Dad in when he has been drinking and will phone Grandma Jean if he comes round; Grandma Jean will call Mum every evening at 7.",
            "Ella will feel safe at home and sleep in her own bed.",
            "for the next six months",
            "Grandma Jean will write in the safety journal each week and the social worker will read it at every visit."
    };
}
