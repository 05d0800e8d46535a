package org.practiceassistant.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.practiceassistant.conversation.FeatureTurn;
import org.practiceassistant.conversation.Reply;
import org.practiceassistant.conversation.UserInput;
import org.practiceassistant.check.DraftKind;

/**
 * A newly qualified worker played from a {@link Persona}'s answer bank. At every turn it reads the
 * coach's CURRENT STEP from the state (never the wording) and types the next thing it has for that topic:
 * first the detours and sloppy first tries, then the good answer. Asked again once its bank for a topic is
 * spent, it sends its good answer again (as the coach invites after "back", or to stand by an answer); the
 * same question a third time with nothing new to say is a dead end.
 */
public final class SimulatedWorker {

    /** More turns than any mapping of two worries needs, sloppy answers and all. */
    private static final int MAX_TURNS = 250;
    /** The same position asked this many times after the bank for it is spent: the worker is stuck. */
    private static final int STUCK_AFTER = 3;

    private final DraftFeature feature;

    public SimulatedWorker(DraftFeature feature) {
        this.feature = feature;
    }

    /**
     * @param finished  reached the summary without a dead end
     * @param deadEnd   where the worker got stuck (step and worry), or empty
     * @param turns     messages sent
     * @param accepted  the last version of each statement and goal shown for review
     */
    public record Result(String persona, boolean finished, String deadEnd, int turns, List<ScriptRunner.Shown> accepted) {}

    public Result play(Persona persona) {
        return play(persona, line -> { });
    }

    /**
     * As {@link #play(Persona)}, writing the conversation to {@code transcript}: for reading a tuning set's
     * runs only, never a blind set's.
     */
    public Result play(Persona persona, java.util.function.Consumer<String> transcript) {
        return play(persona, transcript, reply -> { });
    }

    /** As {@link #play(Persona, java.util.function.Consumer)}, handing every reply to {@code replies} (the plan document too). */
    public Result play(Persona persona, java.util.function.Consumer<String> transcript, java.util.function.Consumer<Reply> replies) {
        Map<String, List<String>> banks = new HashMap<>();
        Map<String, Integer> cursors = new HashMap<>();
        Map<String, ScriptRunner.Shown> shown = new LinkedHashMap<>();
        FeatureTurn<MappingState> turn = feature.start("draft", new UserInput.Text(""));
        String lastPosition = "";
        int stuck = 0;
        for (int turns = 1; turns <= MAX_TURNS; turns++) {
            record(turn, shown);
            turn.replies().forEach(replies);
            turn.replies().forEach(r -> transcript.accept("    < " + (r instanceof Reply.Choices c ? c.question()
                    : ScriptRunner.text(r)).replace("\n", "\n      ")));
            if (turn.replies().stream().anyMatch(r -> r instanceof Reply.Report report
                    && report.title().startsWith("Mapping summary"))) {
                return new Result(persona.name(), true, "", turns, List.copyOf(shown.values()));
            }
            MappingState state = turn.nextState();
            if (state == null) {
                return new Result(persona.name(), false, "the mapping ended without a summary", turns,
                        List.copyOf(shown.values()));
            }
            String key = key(state);
            List<String> bank = banks.computeIfAbsent(key, k -> bank(persona, state));
            int cursor = cursors.merge(key, 1, Integer::sum) - 1;
            String position = key + "/" + state.pending();
            String say;
            if (cursor < bank.size()) {
                say = bank.get(cursor);
                stuck = 0;
            } else {
                say = bank.getLast();
                stuck = position.equals(lastPosition) ? stuck + 1 : 1;
                if (stuck >= STUCK_AFTER) {
                    return new Result(persona.name(), false, key, turns, List.copyOf(shown.values()));
                }
            }
            lastPosition = position;
            transcript.accept("> [" + key + "] " + say);
            turn = feature.continueFlow(state, new UserInput.Text(say));
        }
        return new Result(persona.name(), false, "more than " + MAX_TURNS + " turns", MAX_TURNS, List.copyOf(shown.values()));
    }

    private static void record(FeatureTurn<MappingState> turn, Map<String, ScriptRunner.Shown> shown) {
        for (Reply reply : turn.replies()) {
            if (reply instanceof Reply.Report report && report.title().startsWith("Your ")) {
                var m = java.util.regex.Pattern.compile("^Your (.+) \\(worry (\\d+)\\)$").matcher(report.title());
                if (m.matches()) {
                    DraftKind kind = m.group(1).endsWith("statement") ? DraftKind.DANGER_STATEMENT : DraftKind.SAFETY_GOAL;
                    shown.put(m.group(2) + "/" + kind, new ScriptRunner.Shown(Integer.parseInt(m.group(2)), kind,
                            report.items().getFirst().body()));
                }
            }
        }
    }

    private static String key(MappingState state) {
        return topicAt(state) + (state.step().scope() == Step.Scope.WORRY ? "#" + state.worry() : "");
    }

    /**
     * The persona's topic for where the coach is: its step's, except at the worry step once who is worried is kept and
     * the coach asks for the fear on its own ({@link #FEAR}).
     */
    static String topicAt(MappingState state) {
        WorryAnswers kept = state.currentWorry();
        return state.step() == Step.WORRY && kept.whoIsWorried() != null && kept.fear() == null ? FEAR : topic(state.step());
    }

    /**
     * The fear asked on its own after who is worried: answered from the persona's "fear" for that worry when it has one,
     * else from its child_experience (what the child will live through if nothing changes), the persona field that says
     * what could happen to the child; no per-persona code.
     */
    static final String FEAR = "fear";

    /** The persona's topic for a step of the coach. */
    static String topic(Step step) {
        return switch (step) {
            case SERVICE_AREA -> "service";
            case CHILDREN -> "children";
            case HARM -> "harm";
            case COMPLICATING_FACTORS -> "complicating";
            case WORKING_WELL -> "working_well";
            case WORRY -> "who_worried";
            case NETWORK -> "network";
            case DOING -> "doing";
            case CHILD_EXPERIENCE -> "child_experience";
            case TIMESCALE -> "timescale";
            case HOW_KNOWN -> "how_known";
            case REVIEW_STATEMENT -> "review";
            case REVIEW_GOAL -> "review_goal";
            case ANOTHER_WORRY -> "another_worry_reply";
            case BOTTOM_LINES -> "bottom_lines";
            case CONTINGENCY -> "contingency";
            case CHILD_VOICE -> "child_voice";
            case IDENTITY -> "identity";
            case SHARED_WITH -> "shared_with";
            case SCALE -> "scale";
            case SCORES -> "scores";
            case NEXT_STEPS -> "next_steps";
        };
    }

    /** What the worker will type at a topic on first reaching it, in order. */
    private static List<String> bank(Persona persona, MappingState state) {
        Step step = state.step();
        String topic = topicAt(state);
        boolean firstVisit = step.scope() == Step.Scope.MAPPING || state.worry() == 0;
        var bank = new ArrayList<String>();
        if (firstVisit) {
            bank.addAll(persona.detours().getOrDefault(topic, List.of()));
            bank.addAll(persona.firstTries().getOrDefault(topic, List.of()));
        }
        int worry = Math.min(state.worry(), persona.worries().size() - 1);
        switch (step) {
            case REVIEW_STATEMENT -> {
                if (state.worry() > 0 || persona.review().equalsIgnoreCase("accept")) {
                    bank.add("accept");
                } else if (persona.reviewIsEdit()) {
                    bank.addAll(List.of("edit", persona.review(), "accept"));
                } else {
                    bank.addAll(List.of("rework", "1", "accept"));
                }
            }
            case REVIEW_GOAL -> bank.add("accept");
            case ANOTHER_WORRY -> {
                boolean more = state.worry() + 1 < persona.worries().size();
                List<String> replies = persona.anotherWorry();
                String typed = replies.isEmpty() ? "" : replies.get(Math.min(state.worry(), replies.size() - 1)).strip();
                boolean typedYes = typed.toLowerCase(Locale.ROOT).startsWith("y");
                bank.add(more ? (typedYes ? typed : "yes") : (!typed.isEmpty() && !typedYes ? typed : "no"));
            }
            case WORRY -> {
                if (topic.equals(FEAR)) {
                    Map<String, String> answers = persona.worries().get(worry);
                    String fear = answers.getOrDefault(FEAR, "");
                    bank.add(fear == null || fear.isBlank() ? Objects.requireNonNullElse(answers.get("child_experience"), "") : fear);
                } else {
                    bank.add(Objects.requireNonNullElse(persona.worries().get(worry).get(topic), ""));
                }
            }
            default -> {
                String answer = Objects.requireNonNullElse(step.scope() == Step.Scope.WORRY
                        ? persona.worries().get(worry).get(topic) : persona.topics().get(topic), "");
                // Nothing to say at an optional step: the worker clicks its Skip button, as the prompt offers.
                bank.add(answer.isBlank() && step.optional() ? "skip" : answer);
            }
        }
        return bank;
    }
}
