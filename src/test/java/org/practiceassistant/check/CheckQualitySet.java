package org.practiceassistant.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The labelled drafts in {@code tests-data/check} and how far a checker agrees with them. Used by the
 * quality floor test and by {@code CheckBenchmark}.
 *
 * <p>Splits: {@code tune} (the rules were tuned on it), {@code held-out} (written after tuning, read
 * since), {@code tune3}, {@code tune4} and {@code tune5} (written by readers who saw only the documents and the criteria's
 * meaning, never the checker, for the second, third and fourth rounds of issue 16, then read in full and tuned on), and
 * {@code blind2} and {@code blind4} (written the same way, each measured once blind, then read and tuned on in the fifth
 * round), and {@code blind5} (written the same way during the fifth round, measured once after it, read and tuned on in the
 * eighth), and {@code blind6}, {@code blind7}, {@code blind8}, {@code blind9}, {@code blind10}, {@code blind11}, {@code blind12}, {@code blind13}, {@code blind14}, {@code blind15}, {@code blind16} and {@code blind17} (the same, read and
 * tuned on in the tenth, eleventh, twelfth, thirteenth, fifteenth, sixteenth, seventeenth, twenty-second, twenty-fourth, twenty-seventh, twenty-ninth and thirtieth rounds). {@link #BLIND} names the next split nobody has read; until its files are in tests-data/check it has no entries
 * and no figure.
 * Figures are reported per split, the blind one first.
 */
public final class CheckQualitySet {

    /**
     * The split nobody tuned on: reported first. The lead plugs the next blind split in HERE, with its files
     * ({@code <BLIND>-statements.yaml}, {@code <BLIND>-plans.yaml}, {@code plans/<BLIND>/}) and its floor in
     * {@code CheckQualityTest.BLIND_FLOOR}. blind11 (the fourteenth round's, 647 of 704 on its one run) was read and tuned on
     * in the sixteenth round; blind12 (642 of 704 on its one run, 2026-12-07) was read and tuned on in the seventeenth;
     * blind13 (644 of 704 on its one run, 2026-12-07) was read and tuned on in the twenty-second; blind14 (663 of 704 on its
     * one run, 2026-12-07) was read and tuned on in the twenty-fourth; blind15 (629 of 704 on its one run, 2026-12-07) in the
     * twenty-seventh; blind16 (637 of 704 on its one run, 2026-12-07 22:05) in the twenty-ninth's second half; blind17 (650
     * of 704 on its one run, 2026-12-08 01:07, the first labelled by knowledge/check-conventions.md) in the thirtieth;
     * blind18 is written elsewhere and absent until the lead adds it.
     */
    public static final String BLIND = "blind18";

    /**
     * Splits that were blind once, were measured once, and have been read and tuned on since (blind2 from the fourth
     * round, blind4 from the fifth, blind5 from the eighth, blind6 from the tenth, blind7 from the eleventh, blind8 from the
     * twelfth, blind9 from the thirteenth, blind10 from the fifteenth, blind11 from the sixteenth, blind12 from the
     * seventeenth, blind13 from the twenty-second, blind14 from the twenty-fourth, blind15 from the twenty-seventh, blind16 from the twenty-ninth's second half, blind17 from the thirtieth): their items are printed like
     * any tuning split's, whatever {@link #BLIND} names.
     */
    public static final java.util.Set<String> READ_SINCE = java.util.Set.of("blind2", "blind4", "blind5", "blind6", "blind7", "blind8",
            "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17");

    /** Whether a split's items stay unread: the blind split, unless it has been read since. */
    public static boolean unread(String split) {
        return split.equals(BLIND) && !READ_SINCE.contains(split);
    }

    /** The order splits are reported in. */
    public static final List<String> SPLITS = java.util.stream.Stream.of(BLIND, "blind17", "blind16", "blind15", "blind14", "blind13", "blind12", "blind11", "blind10", "blind9", "blind8", "blind7", "blind6", "blind5", "blind4", "blind2", "tune5", "tune4", "tune3",
            "held-out", "tune").distinct().toList();

    /** One labelled draft. */
    public record Entry(String id, DraftKind kind, String split, boolean inadequate, boolean completeGood, String text,
                        Map<String, CheckStatus> expect) {

        public boolean heldOut() {
            return split.equals("held-out");
        }
    }

    /** One label the checker disagreed with (ids and statuses only, never the text). */
    public record Disagreement(String entry, String split, String criterion, CheckStatus expected, CheckStatus actual) {}

    /**
     * Agreement figures over some entries: per "kind/criterion", overall, the inadequate drafts passing
     * every check, and the criteria a complete, good plan meets by its labels but fails here ("plan/criterion").
     */
    public record Agreement(Map<String, int[]> perCheck, int agreed, int total, List<String> inadequatePassing,
                            List<Disagreement> disagreements, List<String> completeGoodFailing) {

        public double overall() {
            return total == 0 ? 0 : (double) agreed / total;
        }

        /** The lowest agreement of any criterion (over all kinds), with at least {@code minLabels} labels. */
        public double lowestCriterion(int minLabels) {
            return perCheck.values().stream().filter(c -> c[1] >= minLabels).mapToDouble(c -> (double) c[0] / c[1]).min().orElse(1);
        }
    }

    private static final Path ROOT = Path.of("tests-data/check");

    private CheckQualitySet() {}

    public static List<Entry> load() {
        YAMLMapper yaml = YAMLMapper.builder().build();
        List<Entry> entries = new ArrayList<>();
        try {
            for (String file : java.util.stream.Stream.of("statements.yaml", "tune3-statements.yaml", "tune4-statements.yaml", "blind2-statements.yaml", "tune5-statements.yaml", "blind4-statements.yaml",
                    "blind5-statements.yaml", "blind6-statements.yaml", "blind7-statements.yaml",
                    "blind8-statements.yaml", "blind9-statements.yaml", "blind10-statements.yaml", "blind11-statements.yaml", "blind12-statements.yaml", "blind13-statements.yaml", "blind14-statements.yaml", "blind15-statements.yaml", "blind16-statements.yaml", "blind17-statements.yaml", BLIND + "-statements.yaml").distinct().toList()) {
                if (Files.exists(ROOT.resolve(file))) {
                    for (JsonNode node : yaml.readTree(ROOT.resolve(file).toFile())) {
                        entries.add(entry(node, node.get("text").asString(), DraftKind.ofWireName(node.get("kind").asString()).orElseThrow()));
                    }
                }
            }
            for (String file : java.util.stream.Stream.of("plans.yaml", "tune3-plans.yaml", "tune4-plans.yaml", "blind2-plans.yaml", "tune5-plans.yaml", "blind4-plans.yaml",
                    "blind5-plans.yaml", "blind6-plans.yaml", "blind7-plans.yaml", "blind8-plans.yaml",
                    "blind9-plans.yaml", "blind10-plans.yaml", "blind11-plans.yaml", "blind12-plans.yaml", "blind13-plans.yaml", "blind14-plans.yaml", "blind15-plans.yaml", "blind16-plans.yaml", "blind17-plans.yaml", BLIND + "-plans.yaml").distinct().toList()) {
                if (Files.exists(ROOT.resolve(file))) {
                    for (JsonNode node : yaml.readTree(ROOT.resolve(file).toFile())) {
                        entries.add(entry(node, Files.readString(ROOT.resolve(node.get("file").asString())), DraftKind.PLAN));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static Entry entry(JsonNode node, String text, DraftKind kind) {
        Map<String, CheckStatus> expect = new LinkedHashMap<>();
        node.get("expect").properties().forEach(e -> expect.put(e.getKey(), CheckStatus.valueOf(e.getValue().asString().toUpperCase())));
        boolean completeGood = node.has("complete-good") && node.get("complete-good").asBoolean();
        return new Entry(node.get("id").asString(), kind, node.get("split").asString(), node.get("inadequate").asBoolean(), completeGood,
                text, expect);
    }

    /** Agreement per split, in {@link #SPLITS} order (splits with no entries are left out). */
    public static Map<String, Agreement> measureBySplit(DraftChecker checker, List<Entry> entries) {
        Map<String, Agreement> bySplit = new LinkedHashMap<>();
        for (String split : SPLITS) {
            List<Entry> in = entries.stream().filter(e -> e.split().equals(split)).toList();
            if (!in.isEmpty()) {
                bySplit.put(split, measure(checker, in));
            }
        }
        return bySplit;
    }

    public static Agreement measure(DraftChecker checker, List<Entry> entries) {
        Map<String, int[]> perCheck = new TreeMap<>();
        int agreed = 0;
        int total = 0;
        List<String> inadequatePassing = new ArrayList<>();
        List<Disagreement> disagreements = new ArrayList<>();
        List<String> completeGoodFailing = new ArrayList<>();
        for (Entry entry : entries) {
            CheckReport report = checker.check(entry.kind(), entry.text());
            Map<String, CriterionResult> actual = new LinkedHashMap<>();
            report.checks().forEach(c -> actual.put(c.id(), c));
            boolean anyFail = false;
            for (Map.Entry<String, CheckStatus> label : entry.expect().entrySet()) {
                CriterionResult result = actual.get(label.getKey());
                CheckStatus got = result == null ? null : result.status();
                anyFail |= got == CheckStatus.FAIL;
                int[] counts = perCheck.computeIfAbsent(entry.kind().wireName() + "/" + label.getKey(), k -> new int[2]);
                counts[1]++;
                total++;
                if (got == label.getValue()) {
                    counts[0]++;
                    agreed++;
                } else {
                    disagreements.add(new Disagreement(entry.id(), entry.split(), label.getKey(), label.getValue(), got));
                    if (entry.completeGood() && label.getValue() == CheckStatus.PASS) {
                        completeGoodFailing.add(entry.id() + "/" + label.getKey());
                    }
                }
            }
            if (entry.inadequate() && !anyFail) {
                inadequatePassing.add(entry.id());
            }
        }
        return new Agreement(perCheck, agreed, total, inadequatePassing, disagreements, completeGoodFailing);
    }
}
