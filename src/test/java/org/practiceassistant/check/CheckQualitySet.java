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
 */
public final class CheckQualitySet {

    /** One labelled draft. */
    public record Entry(String id, DraftKind kind, String split, boolean inadequate, String text, Map<String, CheckStatus> expect) {

        public boolean heldOut() {
            return split.equals("held-out");
        }
    }

    /** One label the checker disagreed with (ids and statuses only, never the text). */
    public record Disagreement(String entry, String criterion, CheckStatus expected, CheckStatus actual, String evidence) {}

    /** Agreement figures. */
    public record Agreement(Map<String, int[]> perCheck, int agreed, int total, int heldOutAgreed, int heldOutTotal,
                            List<String> inadequatePassing, List<Disagreement> disagreements) {

        public double overall() {
            return total == 0 ? 0 : (double) agreed / total;
        }

        public double heldOut() {
            return heldOutTotal == 0 ? 0 : (double) heldOutAgreed / heldOutTotal;
        }
    }

    private static final Path ROOT = Path.of("tests-data/check");

    private CheckQualitySet() {}

    public static List<Entry> load() {
        YAMLMapper yaml = YAMLMapper.builder().build();
        List<Entry> entries = new ArrayList<>();
        try {
            for (JsonNode node : yaml.readTree(ROOT.resolve("statements.yaml").toFile())) {
                entries.add(entry(node, node.get("text").asString(), DraftKind.ofWireName(node.get("kind").asString()).orElseThrow()));
            }
            for (JsonNode node : yaml.readTree(ROOT.resolve("plans.yaml").toFile())) {
                entries.add(entry(node, Files.readString(ROOT.resolve(node.get("file").asString())), DraftKind.PLAN));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static Entry entry(JsonNode node, String text, DraftKind kind) {
        Map<String, CheckStatus> expect = new LinkedHashMap<>();
        node.get("expect").properties().forEach(e -> expect.put(e.getKey(), CheckStatus.valueOf(e.getValue().asString().toUpperCase())));
        return new Entry(node.get("id").asString(), kind, node.get("split").asString(), node.get("inadequate").asBoolean(), text, expect);
    }

    public static Agreement measure(DraftChecker checker, List<Entry> entries) {
        Map<String, int[]> perCheck = new TreeMap<>();
        int agreed = 0;
        int total = 0;
        int heldAgreed = 0;
        int heldTotal = 0;
        List<String> inadequatePassing = new ArrayList<>();
        List<Disagreement> disagreements = new ArrayList<>();
        for (Entry entry : entries) {
            CheckReport report = checker.check(entry.kind(), entry.text());
            Map<String, CriterionResult> actual = new LinkedHashMap<>();
            report.checks().forEach(c -> actual.put(c.id(), c));
            boolean anyFail = false;
            for (Map.Entry<String, CheckStatus> label : entry.expect().entrySet()) {
                CriterionResult result = actual.get(label.getKey());
                CheckStatus got = result == null ? null : result.status();
                anyFail |= got == CheckStatus.FAIL;
                boolean same = got == label.getValue();
                int[] counts = perCheck.computeIfAbsent(entry.kind().wireName() + "/" + label.getKey(), k -> new int[2]);
                counts[1]++;
                total++;
                if (entry.heldOut()) {
                    heldTotal++;
                }
                if (same) {
                    counts[0]++;
                    agreed++;
                    if (entry.heldOut()) {
                        heldAgreed++;
                    }
                } else {
                    disagreements.add(new Disagreement(entry.id(), label.getKey(), label.getValue(), got,
                            result == null ? "" : result.evidence()));
                }
            }
            if (entry.inadequate() && !anyFail) {
                inadequatePassing.add(entry.id());
            }
        }
        return new Agreement(perCheck, agreed, total, heldAgreed, heldTotal, inadequatePassing, disagreements);
    }
}
