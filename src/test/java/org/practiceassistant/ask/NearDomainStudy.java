package org.practiceassistant.ask;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceassistant.system.text.EnglishWords;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes, for every question of every split (answerable and near-domain, their typo twins too), what Ask decides and the
 * signals a near-domain rule could use, as JSON lines: for choosing such a rule leave-one-split-out (calibrated on all
 * splits but one, measured on the one left out) rather than on every split at once, which is how earlier rules were
 * chosen and why their fresh figures fell short of their tuned ones.
 * {@code java -cp <test class path> org.practiceassistant.ask.NearDomainStudy out.jsonl [answerable split to skip ...]}
 * (near-domain lists first; a split named after the file is left out, for continuing an earlier run).
 *
 * <p>For each word of the question the pack's vocabulary does not hold: whether it is an English word, and how much of
 * the question's meaning it carries (one minus the cosine between the question and the question without it).
 */
public final class NearDomainStudy {

    private NearDomainStudy() {}

    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9']*");

    public static void main(String[] args) throws Exception {
        AskQualitySet set = AskQualitySet.load();
        List<String> skipped = List.of(args).subList(1, args.length);
        Map<String, List<AskQualitySet.Question>> answerable = new LinkedHashMap<>();
        set.questions().stream().map(AskQualitySet.Question::split).distinct()
                .forEach(split -> answerable.put(split, set.split(split)));
        Map<String, List<String>> nearDomain = new LinkedHashMap<>(set.teamsTuning());
        nearDomain.put("tune+held", set.outOfScope());
        nearDomain.put("near-miss", set.tuneNearMiss());
        nearDomain.put("near-miss2", set.tuneNearMiss2());
        nearDomain.put("blind", set.blindOutOfScope());
        nearDomain.put("blind3", set.blind3OutOfScope());
        nearDomain.put("holdout", set.nearMissHoldout());
        AskProperties properties = AskFixtures.properties(Map.of("cache.maximum-size", "0"));
        JsonMapper json = JsonMapper.builder().build();
        SentenceEmbedder embedder = SentenceEmbedder.load();
        try (PassageIndex index = AskFixtures.realIndex(properties);
             BufferedWriter out = Files.newBufferedWriter(Path.of(args[0]))) {
            LuceneAskService service = AskFixtures.realService(index, properties);
            SemanticIndex meaning = AskFixtures.meaning(index);
            for (var entry : nearDomain.entrySet()) {
                for (String question : entry.getValue()) {
                    write(out, json, row(service, meaning, embedder, entry.getKey(), false, question, null));
                }
                for (String question : TypoTwins.ofTexts(entry.getValue(), TypoTwins.SEED)) {
                    write(out, json, row(service, meaning, embedder, entry.getKey(), true, question, null));
                }
            }
            for (var entry : answerable.entrySet()) {
                if (skipped.contains(entry.getKey())) {
                    continue;
                }
                for (AskQualitySet.Question question : entry.getValue()) {
                    write(out, json, row(service, meaning, embedder, entry.getKey(), false, question.q(), question.expect()));
                }
                for (AskQualitySet.Question question : TypoTwins.of(entry.getValue(), TypoTwins.SEED)) {
                    write(out, json, row(service, meaning, embedder, entry.getKey(), true, question.q(), question.expect()));
                }
            }
        }
    }

    private static void write(BufferedWriter out, JsonMapper json, Map<String, Object> row) throws java.io.IOException {
        out.write(json.writeValueAsString(row));
        out.newLine();
    }

    private static Map<String, Object> row(LuceneAskService service, SemanticIndex meaning, SentenceEmbedder embedder,
                                           String split, boolean twin, String question, String expect) {
        QuestionSpelling spelling = AskFixtures.spelling();
        AskResult asked = service.ask(question, 3);
        Spelled spelled = spelling.correct(question.strip());
        String content = QuestionFraming.content(spelled.searched().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("split", split);
        row.put("twin", twin);
        row.put("near", expect == null);
        row.put("q", question);
        row.put("found", asked.found());
        row.put("top1", expect != null && asked.found() && AskQualitySet.matches(asked.answers().getFirst().text(), expect));
        row.put("top3", expect != null && asked.found()
                && asked.answers().stream().limit(3).anyMatch(answer -> AskQualitySet.matches(answer.text(), expect)));
        row.put("notes", asked.notes());
        row.put("content", content);
        if (!asked.found()) {
            return row;
        }
        SemanticIndex.Similarities similarities = meaning.similarities(content);
        row.put("simBest", similarities.of(similarities.nearest(1).getFirst()));
        row.put("lead", similarities.notCoveredLead());
        row.put("answerSim", similarities.of(asked.answers().getFirst().id()));
        List<Hit> hits = service.candidates(content, 3);
        if (!hits.isEmpty()) {
            row.put("cov", hits.getFirst().coverage());
            row.put("conf", hits.stream().mapToDouble(Hit::confidence).max().orElse(0));
        }
        float[] whole = embedder.embed(content);
        List<Map<String, Object>> words = new ArrayList<>();
        Matcher word = WORD.matcher(content);
        List<String> seen = new ArrayList<>();
        while (word.find()) {
            String found = word.group();
            if (seen.contains(found) || spelling.unknownWords(found).isEmpty()) {
                continue;
            }
            seen.add(found);
            String without = (content.substring(0, word.start()) + content.substring(word.end())).replaceAll("\\s+", " ").strip();
            Map<String, Object> unknown = new LinkedHashMap<>();
            unknown.put("w", found);
            unknown.put("english", EnglishWords.contains(found));
            unknown.put("caps", Pattern.compile("\\b" + Pattern.quote(found.toUpperCase(Locale.ROOT)) + "\\b").matcher(question).find());
            unknown.put("drop", SentenceEmbedder.hasTokens(without) ? 1 - cosine(whole, embedder.embed(without)) : 1.0);
            SemanticIndex.Similarities less = meaning.similarities(without);
            unknown.put("simWithout", less.of(less.nearest(1).getFirst()));
            unknown.put("answerSimWithout", less.of(asked.answers().getFirst().id()));
            words.add(unknown);
        }
        row.put("unknown", words);
        return row;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
