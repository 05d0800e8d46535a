package org.practiceassistant.draft;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A newly qualified worker's answer bank for one mapping, from {@code tests-data/draft/blind/}: written by
 * a practice educator who never saw the coach's wording (format in that folder's README). Keyed by topic,
 * not by the coach's questions, so a simulated worker answers whatever step the coach is at.
 *
 * @param name        short id
 * @param topics      the good answer per mapping-level topic (service, children, bottom_lines, scale,
 *                    scores, next_steps, another_worry_reply)
 * @param worries     the good answer per worry-level topic (harm, complicating, working_well, who_worried,
 *                    network, doing, child_experience, timescale, how_known), one map per worry
 * @param anotherWorry how the worker answers "another worry?" after each worry (one reply, or one per worry)
 * @param review      "accept", "rework", or the worker's own wording of the statement (an edit)
 * @param firstTries  sloppy answers typed before the good one, per topic (first visit only)
 * @param detours     interruptions typed at a topic before answering it (first visit only), per topic
 */
public record Persona(String name, Map<String, String> topics, List<Map<String, String>> worries,
                      List<String> anotherWorry, String review,
                      boolean reviewIsEdit, Map<String, List<String>> firstTries, Map<String, List<String>> detours) {

    public static final Path FOLDER = Path.of("tests-data", "draft", "blind");
    /** The topic of a detour written with no "at": the simulated worker never types it. */
    public static final String UNPLACED = "";
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    /** The tuning personas: a second educator's set, read and tuned on (tests-data/draft/tune2/README.md). */
    public static final Path TUNE2 = Path.of("tests-data", "draft", "tune2");
    /** A third educator's tuning set, with the child's views, identity and sharing (tests-data/draft/tune3/README.md). */
    public static final Path TUNE3 = Path.of("tests-data", "draft", "tune3");
    /** The Draft engineer's own tuning personas for the answers issue 12 names (tests-data/draft/tune4/README.md). */
    public static final Path TUNE4 = Path.of("tests-data", "draft", "tune4");
    /** A second blind set, written while tune3 was tuned on and played once after (tests-data/draft/blind2/README.md). */
    public static final Path BLIND2 = Path.of("tests-data", "draft", "blind2");
    /** The third blind set, written during the sixth round and played once after it (tests-data/draft/blind3/README.md). */
    public static final Path BLIND3 = Path.of("tests-data", "draft", "blind3");
    /** The fourth blind set, written during the seventh round and played once after it (tests-data/draft/blind4/README.md). */
    public static final Path BLIND4 = Path.of("tests-data", "draft", "blind4");
    /** The fifth blind set, written during the ninth round by a reader who saw only the pack and the seeds; played once after it. */
    public static final Path BLIND5 = Path.of("tests-data", "draft", "blind5");
    /** The sixth blind set, written during the tenth round by a reader who saw only the pack and the seeds; played once after it. */
    public static final Path BLIND6 = Path.of("tests-data", "draft", "blind6");
    /** The seventh blind set, written during the eleventh round by a reader who saw only the pack and the seeds; played once after it. */
    public static final Path BLIND7 = Path.of("tests-data", "draft", "blind7");
    /** The eighth blind set, written during the twelfth round by a reader who saw only the pack and the seeds; played once after it. */
    public static final Path BLIND8 = Path.of("tests-data", "draft", "blind8");
    /** The ninth blind set, written during the thirteenth round by a reader who saw only the pack and the seeds; played once after it. */
    public static final Path BLIND9 = Path.of("tests-data", "draft", "blind9");
    /** The tenth blind set, written during the fourteenth round; played once after it, read in its second half. */
    public static final Path BLIND10 = Path.of("tests-data", "draft", "blind10");
    /** The eleventh blind set, written during the fifteenth round; played once after the sixteenth, read in the seventeenth. */
    public static final Path BLIND11 = Path.of("tests-data", "draft", "blind11");
    /** The twelfth blind set, written during the seventeenth round; played once after the eighteenth, read by draft23. */
    public static final Path BLIND12 = Path.of("tests-data", "draft", "blind12");
    /** The thirteenth blind set, written outside the repository; played once after draft24's round, read by draft25. */
    public static final Path BLIND13 = Path.of("tests-data", "draft", "blind13");
    /** The fourteenth blind set, written outside the repository; played once after the twenty-sixth round's first half, read by draft27. */
    public static final Path BLIND14 = Path.of("tests-data", "draft", "blind14");
    /** The fifteenth blind set, written outside the repository; played once after the twenty-ninth round's first half, read by draft2. */
    public static final Path BLIND15 = Path.of("tests-data", "draft", "blind15");
    /** The sixteenth blind set, written outside the repository; played once after the thirtieth round's first half, read by draft-deadend. */
    public static final Path BLIND16 = Path.of("tests-data", "draft", "blind16");
    /**
     * The next blind set: written outside the repository by a reader who saw only the pack and the seeds, copied here by
     * the lead and played once (BlindPersonasTest, DraftBenchmark print its counts only). Absent until the lead adds it.
     * Its personas may carry a {@code fear} per worry and a top-level {@code contingency}, both read here.
     */
    public static final Path BLIND17 = Path.of("tests-data", "draft", "blind17");
    private static final List<String> MAPPING_TOPICS = List.of("service", "children", "bottom_lines", "scale", "scores",
            "next_steps", "contingency", "child_voice", "identity", "shared_with");
    /* Other writers' names for a topic: tune3's educator calls the child's views "child_views". */
    private static final Map<String, String> ALIASES = Map.of("child_views", "child_voice");

    public static List<Persona> all() {
        return all(FOLDER);
    }

    public static List<Persona> all(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().map(Persona::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Persona read(Path file) {
        JsonNode root = YAML.readTree(file.toFile());
        var topics = new LinkedHashMap<String, String>();
        for (String topic : MAPPING_TOPICS) {
            topics.put(topic, root.path(topic).isMissingNode() || root.path(topic).isNull() ? "" : root.path(topic).asString());
        }
        ALIASES.forEach((alias, topic) -> {
            if (topics.get(topic).isEmpty() && root.path(alias).isValueNode()) {
                topics.put(topic, root.path(alias).asString());
            }
        });
        var worries = new ArrayList<Map<String, String>>();
        for (JsonNode worry : root.path("worries")) {
            var answers = new LinkedHashMap<String, String>();
            worry.properties().forEach(e -> answers.put(e.getKey(), e.getValue().asString()));
            worries.add(answers);
        }
        var anotherWorry = new ArrayList<String>();
        JsonNode replies = root.path("another_worry_reply");
        if (replies.isArray()) {
            replies.forEach(r -> anotherWorry.add(r.asString()));
        } else if (!replies.isMissingNode() && !replies.isNull()) {
            anotherWorry.add(replies.asString());
        }
        JsonNode review = root.path("review");
        // An edit is written "review: {edit: ...}" or, by blind3's writer, as the string "edit: ...".
        String asString = review.isObject() ? "" : review.asString("accept");
        boolean edit = review.isObject() || asString.strip().toLowerCase(java.util.Locale.ROOT).startsWith("edit:");
        String reviewText = review.isObject() ? review.path("edit").asString()
                : edit ? asString.strip().substring("edit:".length()).strip() : asString;
        var firstTries = new LinkedHashMap<String, List<String>>();
        root.path("first_tries").properties().forEach(e -> {
            var tries = new ArrayList<String>();
            e.getValue().forEach(t -> tries.add(t.asString()));
            firstTries.put(e.getKey(), tries);
        });
        var detours = new LinkedHashMap<String, List<String>>();
        for (JsonNode detour : root.path("detours")) {
            // blind13's writer gave detours as plain strings, with no topic: kept under UNPLACED, never typed (no topic
            // is guessed for them), and counted so a measure says how many it left out.
            String at = detour.isString() ? UNPLACED : detour.path("at").asString();
            detours.computeIfAbsent(at, k -> new ArrayList<>()).add(detour.isString() ? detour.asString()
                    : detour.path("say").asString(""));
        }
        return new Persona(root.path("name").asString(file.getFileName().toString()), topics, worries, anotherWorry,
                reviewText, edit,
                firstTries, detours);
    }

    /** Detours written with no topic ("at"), which the simulated worker does not type. */
    public int unplacedDetours() {
        return detours.getOrDefault(UNPLACED, List.of()).size();
    }

    @Override
    public String toString() {
        return name;
    }
}
