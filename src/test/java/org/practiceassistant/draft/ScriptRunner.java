package org.practiceassistant.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.practiceassistant.conversation.FeatureTurn;
import org.practiceassistant.conversation.Reply;
import org.practiceassistant.conversation.UserInput;
import org.practiceassistant.check.DraftKind;

/**
 * Plays a {@link DraftScript} against the Draft feature the way the channel calls it (start on "draft"
 * or an everyday request, then every turn to the flow, buttons as submissions) and records what the
 * worker saw.
 */
public final class ScriptRunner {

    private final DraftFeature feature;

    public ScriptRunner(DraftFeature feature) {
        this.feature = feature;
    }

    /** A statement or goal as shown for review, keyed by worry number and kind. */
    public record Shown(int worry, DraftKind kind, String text) {}

    /**
     * @param problems      expectations that did not hold, and turns that could not be played
     * @param finished      the mapping reached its summary
     * @param firstShown    the first version of each statement and goal shown, built from the answers
     * @param accepted      the last version of each shown before the worker moved on (what was accepted)
     */
    public record Run(List<String> problems, boolean finished, List<Shown> firstShown, List<Shown> accepted) {}

    public Run play(DraftScript script) {
        var problems = new ArrayList<String>();
        Map<String, Shown> first = new LinkedHashMap<>();
        Map<String, Shown> last = new LinkedHashMap<>();
        MappingState state = null;
        List<Reply> previous = List.of();
        boolean finished = false;
        for (int i = 0; i < script.turns().size(); i++) {
            DraftScript.Turn turn = script.turns().get(i);
            FeatureTurn<MappingState> result;
            if (i == 0) {
                Optional<FeatureTurn<MappingState>> started = start(turn.say());
                if (started.isEmpty()) {
                    problems.add(script.name() + ": the first turn does not start a mapping");
                    break;
                }
                result = started.get();
            } else {
                if (state == null) {
                    problems.add(script.name() + " turn " + (i + 1) + ": the mapping already ended");
                    break;
                }
                Optional<UserInput> input = input(turn, previous);
                if (input.isEmpty()) {
                    problems.add(script.name() + " turn " + (i + 1) + ": no button [" + turn.click() + "] on the last reply");
                    break;
                }
                result = feature.continueFlow(state, input.get());
            }
            String seen = result.replies().stream().map(ScriptRunner::text).collect(Collectors.joining("\n"));
            for (String expected : turn.expect()) {
                if (!seen.contains(expected)) {
                    problems.add(script.name() + " turn " + (i + 1) + " (" + turn.describe() + "): expected \""
                            + expected + "\" in:\n" + seen);
                }
            }
            for (Reply reply : result.replies()) {
                shown(reply).ifPresent(s -> {
                    first.putIfAbsent(s.worry() + "/" + s.kind(), s);
                    last.put(s.worry() + "/" + s.kind(), s);
                });
                finished |= reply instanceof Reply.Report report && report.title().startsWith("Mapping summary");
            }
            state = result.nextState();
            previous = result.replies();
        }
        if (!finished && problems.isEmpty()) {
            problems.add(script.name() + ": the mapping did not reach its summary");
        }
        return new Run(problems, finished, List.copyOf(first.values()), List.copyOf(last.values()));
    }

    private Optional<FeatureTurn<MappingState>> start(String text) {
        String[] words = text.strip().split("\\s+", 2);
        if (words[0].toLowerCase(Locale.ROOT).equals("draft")) {
            return Optional.of(feature.start("draft", new UserInput.Text(words.length > 1 ? words[1] : "")));
        }
        return feature.startsFlow(text) ? Optional.of(feature.start("draft", new UserInput.Text(""))) : Optional.empty();
    }

    private static Optional<UserInput> input(DraftScript.Turn turn, List<Reply> previous) {
        if (turn.say() != null) {
            return Optional.of(new UserInput.Text(turn.say()));
        }
        return previous.stream()
                .flatMap(r -> r instanceof Reply.Choices c ? java.util.stream.Stream.concat(c.options().stream(),
                        c.choices().stream()) : java.util.stream.Stream.empty())
                .filter(choice -> choice.label().equals(turn.click()))
                .findFirst()
                .map(choice -> new UserInput.Submission("draft", choice.value(), Map.of()));
    }

    private static Optional<Shown> shown(Reply reply) {
        if (reply instanceof Reply.Report report && report.title().startsWith("Your ")) {
            var m = java.util.regex.Pattern.compile("^Your (.+) \\(worry (\\d+)\\)$").matcher(report.title());
            if (m.matches()) {
                DraftKind kind = m.group(1).endsWith("statement") ? DraftKind.DANGER_STATEMENT : DraftKind.SAFETY_GOAL;
                return Optional.of(new Shown(Integer.parseInt(m.group(2)), kind, report.items().getFirst().body()));
            }
        }
        return Optional.empty();
    }

    static String text(Reply reply) {
        return switch (reply) {
            case Reply.Text t -> t.markdown();
            case Reply.Choices c -> c.prompt() + "\n" + c.quotes().stream().map(q -> q.text() + " (" + q.citation() + ")")
                    .collect(Collectors.joining("\n")) + "\n" + c.question() + "\n"
                    + java.util.stream.Stream.concat(c.options().stream(), c.choices().stream()).map(Reply.Choice::label)
                    .collect(Collectors.joining(" | "));
            case Reply.File f -> f.caption() + " [" + f.name() + "]";
            case Reply.Report r -> r.title() + "\n" + r.items().stream()
                    .map(item -> item.heading() + " [" + item.status() + "] " + item.body())
                    .collect(Collectors.joining("\n"));
        };
    }
}
