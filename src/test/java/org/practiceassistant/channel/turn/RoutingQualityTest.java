package org.practiceassistant.channel.turn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.practiceassistant.ask.AskQualitySet;
import org.practiceassistant.conversation.ConversationFeature;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * First messages as people send them in Teams with no flow running, each labelled with where its sender
 * wanted it to go by readers who never saw the router (tests-data/routing/README.md), routed by the real
 * router over the application's real features. Prints agreement per label and which labels went where, and the
 * misses of every split (all have been read since their one blind run). Asserts floors under the figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoutingQualityTest {

    private static final Path ROUTING = Path.of("tests-data", "routing");

    /** The Ask split (and its near-domain list) nobody has read: its questions are counted, never printed (Ask's newest blind set). */
    private static final String UNREAD_ASK_SPLIT = AskQualitySet.TEAMS_NEWEST;

    /**
     * The routing split nobody has read: its file is added by the lead (written outside the repository), measured once,
     * counts only, its misses never printed. Until the file is here the test measures the tuning splits alone.
     */
    private static final String NEXT_BLIND_SPLIT = "blind8";
    /**
     * The floor the next blind split is held to on its one run: blind7, the split before it, was 130 of 150 (86.7%) on its
     * one run (2026-12-06, after the twelfth round), none of its 70 questions taken from Ask.
     */
    private static final double NEXT_BLIND_FLOOR = 0.85;

    @Autowired
    ObjectProvider<ConversationFeature<?>> features;

    record Figures(int agreed, int total, int questionsTakenAway) {
        double share() {
            return (double) agreed / total;
        }
    }

    @Test
    void firstMessagesGoWhereTheirSendersWanted() {
        Router router = new Router(features.orderedStream().toList(), 2_000);
        if (Files.exists(ROUTING.resolve(NEXT_BLIND_SPLIT + ".yaml"))) {
            Figures blind = measure(router, NEXT_BLIND_SPLIT, false);
            assertThat(blind.total()).isGreaterThanOrEqualTo(150);
            assertThat(blind.share()).as(NEXT_BLIND_SPLIT + " routed as wanted").isGreaterThanOrEqualTo(NEXT_BLIND_FLOOR);
            assertThat(blind.questionsTakenAway()).as(NEXT_BLIND_SPLIT + " questions taken from Ask").isLessThanOrEqualTo(1);
        }
        Figures seventhTuning = measure(router, "blind7", true);
        Figures sixthTuning = measure(router, "blind6", true);
        Figures fifthTuning = measure(router, "blind5", true);
        Figures fourthTuning = measure(router, "blind4", true);
        Figures thirdTuning = measure(router, "blind3", true);
        Figures secondTuning = measure(router, "blind2", true);
        Figures tuning = measure(router, "tune1", true);

        // blind7's one run, after blind6 was tuned on, was 130 of 150 (86.7%; check 31/40, draft 21/30, help 2/3, thanks 2/3),
        // none of 70 questions taken from Ask; read and tuned on since (thirteenth round).
        assertThat(seventhTuning.total()).isGreaterThanOrEqualTo(150);
        assertThat(seventhTuning.share()).as("blind7 (read since its one blind run) routed as wanted").isGreaterThanOrEqualTo(0.85);
        assertThat(seventhTuning.questionsTakenAway()).as("blind7 questions taken from Ask").isLessThanOrEqualTo(1);
        // blind6's one run, after blind5 was tuned on, was 157 of 170 (92.4%; check 32/40, draft 27/30, help 8/10), none of
        // 70 questions taken from Ask; read and tuned on since (twelfth round): 170 of 170 (tuning figure).
        assertThat(sixthTuning.total()).isGreaterThanOrEqualTo(150);
        assertThat(sixthTuning.share()).as("blind6 (read since its one blind run) routed as wanted").isGreaterThanOrEqualTo(0.98);
        assertThat(sixthTuning.questionsTakenAway()).as("blind6 questions taken from Ask").isLessThanOrEqualTo(1);
        // blind5's one run, after blind4 was tuned on, was 146 of 170 (85.9%; check 29/40, draft 23/30, help 6/10), none of
        // 70 questions taken from Ask; read and tuned on since (eleventh round): 170 of 170 (tuning figure).
        assertThat(fifthTuning.total()).isGreaterThanOrEqualTo(150);
        assertThat(fifthTuning.share()).as("blind5 (read since its one blind run) routed as wanted").isGreaterThanOrEqualTo(0.98);
        assertThat(fifthTuning.questionsTakenAway()).as("blind5 questions taken from Ask").isLessThanOrEqualTo(1);
        assertThat(fourthTuning.total()).isGreaterThanOrEqualTo(150);
        // blind4's one run, after blind3 was tuned on, was 160 of 170 (94.1%); read and tuned on since: 169 of 170 (tuning figure).
        assertThat(fourthTuning.share()).as("blind4 (read since its one blind run) routed as wanted").isGreaterThanOrEqualTo(0.98);
        assertThat(fourthTuning.questionsTakenAway()).as("blind4 questions taken from Ask").isLessThanOrEqualTo(1);
        // blind3's one run was 141 of 170 (82.9%); read and tuned on since: 170 of 170 (tuning figure).
        assertThat(thirdTuning.share()).as("blind3 (read since its one blind run) routed as wanted").isGreaterThanOrEqualTo(0.97);
        assertThat(secondTuning.total()).isGreaterThanOrEqualTo(150);
        assertThat(secondTuning.share()).as("blind2 (read since its one blind run) routed as wanted").isGreaterThanOrEqualTo(0.97);
        assertThat(secondTuning.questionsTakenAway()).as("blind2 questions taken from Ask").isLessThanOrEqualTo(1);
        assertThat(tuning.share()).as("tune1 routed as wanted").isGreaterThanOrEqualTo(0.97);
        assertThat(tuning.questionsTakenAway()).as("tune1 questions taken from Ask").isLessThanOrEqualTo(1);
    }

    /**
     * Every question the Ask sets hold (answerable and near-domain, written by readers who never saw the router) is a
     * question: the router must leave it with Ask. Prints how many each split loses; the misses only of read splits.
     */
    @Test
    void questionsFromEveryAskSetStayWithAsk() {
        Router router = new Router(features.orderedStream().toList(), 2_000);
        JsonNode sets = YAMLMapper.builder().build().readTree(Path.of("tests-data", "ask", "questions.yaml").toFile());
        Map<String, int[]> perSplit = new TreeMap<>();
        sets.path("questions").forEach(q -> routeAQuestion(router, q.path("split").asString(), q.path("q").asString(), perSplit));
        sets.properties().stream().filter(set -> set.getValue().isArray() && !set.getKey().equals("questions"))
                .forEach(set -> set.getValue().forEach(q -> routeAQuestion(router, set.getKey(), q.asString(), perSplit)));
        int taken = perSplit.values().stream().mapToInt(c -> c[0]).sum();
        int total = perSplit.values().stream().mapToInt(c -> c[1]).sum();
        perSplit.forEach((split, c) -> System.out.printf("  ask set %-22s %3d of %4d taken from Ask%n", split, c[0], c[1]));
        System.out.printf("=== Ask sets: %d of %d questions taken from Ask ===%n", taken, total);
        assertThat(total).isGreaterThan(2_000);
        assertThat((double) taken / total).as("share of Ask's questions routed elsewhere").isLessThanOrEqualTo(0.005);
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

    private static Figures measure(Router router, String split, boolean printMisses) {
        Map<String, int[]> perLabel = new TreeMap<>();
        Map<String, Integer> confusions = new TreeMap<>();
        int agreed = 0;
        int total = 0;
        int questionsTakenAway = 0;
        for (JsonNode message : YAMLMapper.builder().build().readTree(ROUTING.resolve(split + ".yaml").toFile()).path("messages")) {
            String want = message.path("want").asString();
            String text = message.path("text").asString().strip();
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
                System.out.printf("  miss %s -> %s: %s%n", want, got, text.lines().findFirst().orElse(""));
            }
        }
        System.out.printf("=== routing %s%s: %d of %d (%.1f%%) ===%n", split, printMisses ? " (tuning)" : " (blind: counts only)",
                agreed, total, 100.0 * agreed / total);
        perLabel.forEach((label, c) -> System.out.printf("  %-10s %3d/%3d %5.1f%%%n", label, c[0], c[1], 100.0 * c[0] / c[1]));
        confusions.forEach((pair, n) -> System.out.printf("  %-24s %d%n", pair, n));
        return new Figures(agreed, total, questionsTakenAway);
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
