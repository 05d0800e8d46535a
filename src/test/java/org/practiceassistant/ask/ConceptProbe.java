package org.practiceassistant.ask;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Experiment only: each tuning question's closeness to the passages and to not-covered concept texts. */
public final class ConceptProbe {
    public static void main(String[] args) throws Exception {
        List<String> concepts = Files.readAllLines(Path.of(args[0])).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        String template = args.length > 2 ? args[2] : "%s";
        AskQualitySet set = AskQualitySet.load();
        AskProperties properties = AskFixtures.defaults();
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        try (PassageIndex index = AskFixtures.realIndex(properties);
             java.io.BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]))) {
            LuceneAskService service = AskFixtures.realService(index, properties);
            SemanticIndex meaning = AskFixtures.meaning(index);
            SentenceEmbedder embedder = SentenceEmbedder.load();
            List<float[]> cv = embedder.embedAll(concepts.stream().map(c -> String.format(template, c)).toList());
            Map<String, List<AskQualitySet.Question>> inScope = new LinkedHashMap<>();
            Map<String, List<String>> outOfScope = new LinkedHashMap<>();
            set.teamsTuning().forEach((split, o) -> {
                inScope.put(split, set.split(split));
                inScope.put(split + " twins", TypoTwins.of(set.split(split), TypoTwins.SEED));
                outOfScope.put(split, o);
                outOfScope.put(split + " twins", TypoTwins.ofTexts(o, TypoTwins.SEED));
            });
            List<AskQualitySet.Question> older = new ArrayList<>(set.split("tune"));
            older.addAll(set.split("heldout"));
            inScope.put("tune+held", older);
            inScope.put("tune+held twins", TypoTwins.of(older, TypoTwins.SEED));
            outOfScope.put("tune+held", set.outOfScope());
            outOfScope.put("near-miss", set.tuneNearMiss());
            outOfScope.put("near-miss2", set.tuneNearMiss2());
            outOfScope.put("near-miss2 twins", TypoTwins.ofTexts(set.tuneNearMiss2(), TypoTwins.SEED));
            List<Object[]> all = new ArrayList<>();
            inScope.forEach((s, qs) -> qs.forEach(q -> all.add(new Object[] {s, q.q(), q.expect()})));
            outOfScope.forEach((s, qs) -> qs.forEach(q -> all.add(new Object[] {s, q, null})));
            for (Object[] item : all) {
                String question = (String) item[1];
                Spelled spelled = AskFixtures.spelling().correct(question.strip());
                String content = QuestionFraming.content(spelled.searched().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
                AskResult result = service.ask(question, 3);
                SemanticIndex.Similarities sims = meaning.similarities(content);
                double simBest = sims.of(sims.nearest(1).getFirst());
                float[] qv = embedder.embed(content);
                double best = -1; String bestConcept = null;
                for (int i = 0; i < cv.size(); i++) {
                    double d = 0; float[] v = cv.get(i);
                    for (int k = 0; k < v.length; k++) d += v[k] * qv[k];
                    if (d > best) { best = d; bestConcept = concepts.get(i); }
                }
                List<Hit> hits = service.candidates(content, 3);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("split", item[0]);
                row.put("q", question);
                row.put("content", content);
                row.put("oos", item[2] == null);
                row.put("found", result.found());
                row.put("top1", item[2] != null && result.found() && AskQualitySet.matches(result.answers().getFirst().text(), (String) item[2]));
                row.put("simBest", simBest);
                row.put("conf", hits.stream().mapToDouble(Hit::confidence).max().orElse(0));
                row.put("concept", best);
                row.put("conceptText", bestConcept);
                row.put("unknown", AskFixtures.spelling().unknownWords(content));
                out.write(json.writeValueAsString(row));
                out.newLine();
            }
        }
    }
}
