package org.practiceassistant.channel.turn;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.practiceassistant.ask.AskQualitySet;
import org.practiceassistant.ask.TypoTwins;
import org.practiceassistant.draft.RealChecker;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Routing figures and misses on the tuning splits, with the real Check and Draft features built without the whole
 * application, for choosing a change by hand in seconds rather than minutes:
 * {@code java -cp <test class path> org.practiceassistant.channel.turn.RoutingTuningReport} from the repository root
 * prints every tuning split's figures and misses, then those of every tuning split's typo twins, then every Ask question the
 * router takes from Ask (those of the unread Ask split counted only); {@code probe <file>} routes messages typed by hand, one a line. {@link RoutingQualityTest} measures the same way over the application's own features and holds
 * the floors. The next blind routing split is never read here.
 */
public final class RoutingTuningReport {

    static final Path ROUTING = Path.of("tests-data", "routing");

    /** Every routing split read since its one blind run, newest first. */
    static final List<String> TUNING_SPLITS = List.of("blind15", "blind14", "blind13", "blind12", "blind11", "blind10", "blind9", "blind8", "blind7", "blind6", "blind5", "blind4", "blind3", "blind2", "tune1");

    /** The Ask split (and its near-domain list) nobody has read: its questions are counted, never printed. */
    private static final String UNREAD_ASK_SPLIT = AskQualitySet.TEAMS_NEWEST;

    private RoutingTuningReport() {}

    record Figures(int agreed, int total, int questionsTakenAway) {
        double share() {
            return (double) agreed / total;
        }
    }

    public static void main(String[] args) throws java.io.IOException {
        // Component scan order in the application: check's package before draft's.
        Router router = new Router(List.of(RealChecker.checkFeature(), RealChecker.draftFeature()), 2_000);
        if (args.length == 2 && args[0].equals("probe")) {
            // Messages typed by hand, one a line ("\\n" for a line break): where each goes.
            for (String line : java.nio.file.Files.readAllLines(Path.of(args[1]))) {
                if (!line.isBlank()) {
                    System.out.printf("%-9s %s%n", label(router.route(new UserMessage.Typed(line.replace("\\n", "\n").strip()), null)), line);
                }
            }
            return;
        }
        for (String split : args.length > 0 ? List.of(args) : TUNING_SPLITS) {
            if (!TUNING_SPLITS.contains(split)) {
                // A blind split's misses must stay unread: RoutingQualityTest measures it, counts only.
                throw new IllegalArgumentException(split + " is not a tuning split; these are: " + TUNING_SPLITS);
            }
            measure(router, split, true);
        }
        for (String split : args.length > 0 ? List.of(args) : TUNING_SPLITS) {
            measureTwins(router, split, true);
        }
        questionsTakenFromAsk(router);
        typoTwinsTakenFromAsk(router);
    }

    /**
     * The Ask sets' answerable questions with typing slips (Ask's own typo twins): the router's slip rules (commands, thanks)
     * must not take them either. Counts per split; the twins of read splits printed when taken.
     */
    static int typoTwinsTakenFromAsk(Router router) {
        Map<String, int[]> perSplit = new TreeMap<>();
        for (AskQualitySet.Question twin : TypoTwins.of(AskQualitySet.load().questions(), TypoTwins.SEED)) {
            routeAQuestion(router, twin.split() + " twins", twin.q(), perSplit);
        }
        int taken = perSplit.values().stream().mapToInt(c -> c[0]).sum();
        int total = perSplit.values().stream().mapToInt(c -> c[1]).sum();
        System.out.printf("=== Ask typo twins: %d of %d taken from Ask ===%n", taken, total);
        return taken;
    }

    /** Routes every message of a split; prints agreement per label, which label went where, and the misses if asked. */
    static Figures measure(Router router, String split, boolean printMisses) {
        return measure(router, split, printMisses, "", UnaryOperator.identity());
    }

    /**
     * Routes the typo twin of every message of a split, each labelled as its original: two words misspelt by Ask's own
     * generator ({@link TypoTwins}, {@link TypoTwins#SEED}), no capitals and no closing question mark, as people type in a
     * hurry. A sender who mistypes still wants what the original wanted.
     */
    static Figures measureTwins(Router router, String split, boolean printMisses) {
        return measure(router, split, printMisses, " twins", text -> TypoTwins.twin(text, TypoTwins.SEED));
    }

    private static Figures measure(Router router, String split, boolean printMisses, String variant, UnaryOperator<String> typed) {
        Map<String, int[]> perLabel = new TreeMap<>();
        Map<String, Integer> confusions = new TreeMap<>();
        int agreed = 0;
        int total = 0;
        int questionsTakenAway = 0;
        for (JsonNode message : YAMLMapper.builder().build().readTree(ROUTING.resolve(split + ".yaml").toFile()).path("messages")) {
            String want = message.path("want").asString();
            String text = typed.apply(message.path("text").asString().strip()).strip();
            String got = label(router.route(new UserMessage.Typed(text), null));
            int[] counts = perLabel.computeIfAbsent(want, k -> new int[2]);
            counts[1]++;
            total++;
            if (want.equals(got)) {
                counts[0]++;
                agreed++;
                continue;
            }
            confusions.merge(want + " -> " + got, 1, Integer::sum);
            questionsTakenAway += want.equals("ask") ? 1 : 0;
            if (printMisses) {
                System.out.printf("  miss %s -> %s: %s%n", want, got, text.replace("\n", " ⏎ "));
            }
        }
        System.out.printf("=== routing %s%s%s: %d of %d (%.1f%%) ===%n", split, variant, printMisses ? " (tuning)" : " (blind: counts only)",
                agreed, total, 100.0 * agreed / total);
        perLabel.forEach((label, c) -> System.out.printf("  %-10s %3d/%3d %5.1f%%%n", label, c[0], c[1], 100.0 * c[0] / c[1]));
        confusions.forEach((pair, n) -> System.out.printf("  %-24s %d%n", pair, n));
        return new Figures(agreed, total, questionsTakenAway);
    }

    /**
     * Routes every question of every Ask set (answerable and near-domain); prints how many each split loses and, for read
     * splits, which. Returns {taken, total}.
     */
    static int[] questionsTakenFromAsk(Router router) {
        JsonNode sets = YAMLMapper.builder().build().readTree(Path.of("tests-data", "ask", "questions.yaml").toFile());
        Map<String, int[]> perSplit = new TreeMap<>();
        sets.path("questions").forEach(q -> routeAQuestion(router, q.path("split").asString(), q.path("q").asString(), perSplit));
        sets.properties().stream().filter(set -> set.getValue().isArray() && !set.getKey().equals("questions"))
                .forEach(set -> set.getValue().forEach(q -> routeAQuestion(router, set.getKey(), q.asString(), perSplit)));
        int taken = perSplit.values().stream().mapToInt(c -> c[0]).sum();
        int total = perSplit.values().stream().mapToInt(c -> c[1]).sum();
        perSplit.forEach((split, c) -> System.out.printf("  ask set %-22s %3d of %4d taken from Ask%n", split, c[0], c[1]));
        System.out.printf("=== Ask sets: %d of %d questions taken from Ask ===%n", taken, total);
        return new int[] {taken, total};
    }

    private static void routeAQuestion(Router router, String split, String question, Map<String, int[]> perSplit) {
        String got = label(router.route(new UserMessage.Typed(question.strip()), null));
        int[] counts = perSplit.computeIfAbsent(split, k -> new int[2]);
        counts[1]++;
        if (!got.equals("ask")) {
            counts[0]++;
            if (!split.startsWith(UNREAD_ASK_SPLIT)) {
                System.out.printf("  ask question -> %s: %s%n", got, question.lines().findFirst().orElse(""));
            }
        }
    }

    private static String label(Route route) {
        return switch (route) {
            case Route.Ask ask -> "ask";
            case Route.Start start -> start.feature().name();
            case Route.Greet greet -> "greeting";
            case Route.Thanks thanks -> "thanks";
            case Route.ShowHelp help -> "help";
            default -> route.getClass().getSimpleName();
        };
    }
}
