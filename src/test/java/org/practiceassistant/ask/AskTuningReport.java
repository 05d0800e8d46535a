package org.practiceassistant.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Figures and misses on the tuning splits only (tune5 and tune6, their twins and out-of-scope lists, the
 * near-miss list and the older tune + held-out questions), in process, for choosing a change by hand:
 * {@code java -cp <test class path> org.practiceassistant.ask.AskTuningReport [split ...]} from the
 * repository root prints every split's figures and the misses of the splits named (each with what was searched,
 * the rank of the first candidate holding the expected phrase, and its word confidence and similarity).
 * The blind splits are never touched here: their misses must stay unread.
 */
public final class AskTuningReport {

    private AskTuningReport() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("dump")) {
            dump(java.nio.file.Path.of(args[1]));
            return;
        }
        if (args.length == 2 && args[0].equals("passages")) {
            // Every passage as a JSON line (id, kind, section, text), to read the misses beside what they were answered with.
            tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
            try (PassageIndex index = AskFixtures.realIndex(AskFixtures.defaults());
                 java.io.BufferedWriter out = java.nio.file.Files.newBufferedWriter(java.nio.file.Path.of(args[1]))) {
                for (org.practiceassistant.knowledge.Passage passage : index.passages()) {
                    out.write(json.writeValueAsString(Map.of("id", passage.id(), "kind", passage.kind().name(),
                            "section", passage.section(), "text", passage.text())));
                    out.newLine();
                }
            }
            return;
        }
        if (args.length >= 1 && args[0].equals("spell")) {
            for (String text : List.of(args).subList(1, args.length)) {
                Spelled spelled = AskFixtures.spelling().correct(text);
                System.out.println(text + " -> " + spelled.searched());
            }
            return;
        }
        if (args.length == 2 && args[0].equals("ask")) {
            // Questions typed by hand, one a line: whether each is found, and the first answer's section.
            AskProperties properties = AskFixtures.defaults();
            try (PassageIndex index = AskFixtures.realIndex(properties)) {
                LuceneAskService service = AskFixtures.realService(index, properties);
                SemanticIndex meaning = AskFixtures.meaning(index);
                for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[1]))) {
                    if (line.isBlank()) {
                        continue;
                    }
                    AskResult result = service.ask(line, 3);
                    String content = QuestionFraming.content(AskFixtures.spelling().correct(line.strip()).searched()
                            .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
                    System.out.printf(Locale.ROOT, "%s lead %+.3f | %s%s %s%n", result.found() ? "FOUND" : "not  ",
                            meaning.similarities(content).notCoveredLead(), line,
                            result.found() ? " -> " + result.answers().stream().map(a -> a.id() + " {" + a.text().substring(0, Math.min(220, a.text().length())) + "}").toList() : "", result.notes());
                }
            }
            return;
        }
        if (args.length == 2 && args[0].equals("fingerprint")) {
            fingerprint(java.nio.file.Path.of(args[1]));
            return;
        }
        if (args.length == 1 && args[0].equals("cost")) {
            List<String> questions = everyQuestionAndTwin();
            System.out.println(AskCost.report(questions));
            System.out.println(SpellingCost.report(questions));
            return;
        }
        List<String> detailed = List.of(args);
        AskQualitySet set = AskQualitySet.load();
        AskProperties properties = AskFixtures.defaults();
        try (PassageIndex index = AskFixtures.realIndex(properties)) {
            LuceneAskService service = AskFixtures.realService(index, properties);
            Map<String, AskQualitySet.Figures> figures = new java.util.LinkedHashMap<>();
            Map<String, List<AskQualitySet.Question>> questions = new java.util.LinkedHashMap<>();
            set.teamsTuning().forEach((split, outOfScope) -> {
                List<AskQualitySet.Question> original = set.split(split);
                List<AskQualitySet.Question> twins = TypoTwins.of(original, TypoTwins.SEED);
                questions.put(split, original);
                questions.put(split + " twins", twins);
                figures.put(split, AskQualitySet.evaluate(q -> service.ask(q, 3), original, outOfScope));
                figures.put(split + " twins", AskQualitySet.evaluate(q -> service.ask(q, 3), twins,
                        TypoTwins.ofTexts(outOfScope, TypoTwins.SEED)));
            });
            List<AskQualitySet.Question> older = new ArrayList<>(set.split("tune"));
            older.addAll(set.split("heldout"));
            questions.put("tune+held", older);
            figures.put("tune+held", AskQualitySet.evaluate(q -> service.ask(q, 3), older, set.outOfScope()));
            questions.put("tune+held twins", TypoTwins.of(older, TypoTwins.SEED));
            figures.put("tune+held twins", AskQualitySet.evaluate(q -> service.ask(q, 3), TypoTwins.of(older, TypoTwins.SEED),
                    TypoTwins.ofTexts(set.outOfScope(), TypoTwins.SEED)));
            questions.put("own", set.split("own"));
            figures.put("own", AskQualitySet.evaluate(q -> service.ask(q, 3), set.split("own"), List.of()));
            questions.put("own twins", TypoTwins.of(set.split("own"), TypoTwins.SEED));
            figures.put("own twins", AskQualitySet.evaluate(q -> service.ask(q, 3), TypoTwins.of(set.split("own"), TypoTwins.SEED), List.of()));
            figures.put("near-miss", AskQualitySet.evaluate(q -> service.ask(q, 3), List.of(), set.tuneNearMiss()));
            figures.put("near-miss2", AskQualitySet.evaluate(q -> service.ask(q, 3), List.of(), set.tuneNearMiss2()));
            figures.put("near-miss2 twins", AskQualitySet.evaluate(q -> service.ask(q, 3), List.of(),
                    TypoTwins.ofTexts(set.tuneNearMiss2(), TypoTwins.SEED)));
            if (detailed.contains("holdout")) {
                // Kept apart: a total only, asked for once at the end of a round.
                figures.put("near-miss holdout", AskQualitySet.evaluate(q -> service.ask(q, 3), List.of(), set.nearMissHoldout()));
                figures.put("holdout twins", AskQualitySet.evaluate(q -> service.ask(q, 3), List.of(),
                        TypoTwins.ofTexts(set.nearMissHoldout(), TypoTwins.SEED)));
            }
            figures.forEach((split, result) -> System.out.println(result.summary(split)));
            for (String split : detailed) {
                if (split.equals("holdout")) {
                    continue;
                }
                System.out.println("--- " + split);
                for (AskQualitySet.Question question : questions.getOrDefault(split, List.of())) {
                    explain(service, question);
                }
                figures.get(split).misses().stream().filter(miss -> miss.startsWith("ANSWERED"))
                        .forEach(miss -> System.out.println("  " + miss));
            }
        }
    }

    /**
     * Writes every tuning question's candidates (words rank, coverage, confidence, similarity, whether it holds the
     * expected phrase) as JSON lines, for trying blends and bars offline.
     */
    /**
     * One line per question of every split, blind ones included, and its typo twin, answerable and near-domain: its
     * number and a hash of the whole answer (found, passages and scores, topics offered, conflicts, corrections, notes),
     * never its text. Two runs' files are the same exactly when every answer is: for changes meant to leave answers alone
     * (speed), compared with {@code cmp} or {@code diff | wc -l} without reading any split.
     */
    /** Every question of every split, in scope and out of it, and every one's typo twin: what Ask's speed is measured on. */
    private static List<String> everyQuestionAndTwin() {
        AskQualitySet all = AskQualitySet.load();
        List<String> questions = new ArrayList<>(all.questions().stream().map(AskQualitySet.Question::q).toList());
        questions.addAll(TypoTwins.of(all.questions(), TypoTwins.SEED).stream().map(AskQualitySet.Question::q).toList());
        questions.addAll(all.allOutOfScope());
        questions.addAll(TypoTwins.ofTexts(all.allOutOfScope(), TypoTwins.SEED));
        return questions;
    }

    /** A digest of every answer to {@link #everyQuestionAndTwin()}, one a line: a change meant to be faster must leave it as it was. */
    private static void fingerprint(java.nio.file.Path file) throws Exception {
        List<String> questions = everyQuestionAndTwin();
        AskProperties properties = AskFixtures.properties(Map.of("cache.maximum-size", "0"));
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        try (PassageIndex index = AskFixtures.realIndex(properties);
             java.io.BufferedWriter out = java.nio.file.Files.newBufferedWriter(file)) {
            LuceneAskService service = AskFixtures.realService(index, properties);
            for (int i = 0; i < questions.size(); i++) {
                byte[] digest = sha.digest(service.ask(questions.get(i), 3).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.write(i + " " + java.util.HexFormat.of().formatHex(digest, 0, 12));
                out.newLine();
            }
        }
    }

    private static void dump(java.nio.file.Path file) throws Exception {
        AskQualitySet set = AskQualitySet.load();
        AskProperties properties = AskFixtures.defaults();
        NotCoveredSubjects notCovered = AskConfiguration.notCovered(AskFixtures.pack());
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        try (PassageIndex index = AskFixtures.realIndex(properties);
             java.io.BufferedWriter out = java.nio.file.Files.newBufferedWriter(file)) {
            LuceneAskService service = AskFixtures.realService(index, properties);
            SemanticIndex meaning = AskFixtures.meaning(index);
            Map<String, List<AskQualitySet.Question>> inScope = new java.util.LinkedHashMap<>();
            Map<String, List<String>> outOfScope = new java.util.LinkedHashMap<>();
            set.teamsTuning().forEach((split, out6) -> {
                inScope.put(split, set.split(split));
                inScope.put(split + " twins", TypoTwins.of(set.split(split), TypoTwins.SEED));
                outOfScope.put(split, out6);
                outOfScope.put(split + " twins", TypoTwins.ofTexts(out6, TypoTwins.SEED));
            });
            List<AskQualitySet.Question> older = new ArrayList<>(set.split("tune"));
            older.addAll(set.split("heldout"));
            inScope.put("tune+held", older);
            inScope.put("tune+held twins", TypoTwins.of(older, TypoTwins.SEED));
            outOfScope.put("tune+held", set.outOfScope());
            outOfScope.put("near-miss", set.tuneNearMiss());
            outOfScope.put("near-miss2", set.tuneNearMiss2());
            List<Map<String, Object>> rows = new ArrayList<>();
            inScope.forEach((split, questions) -> questions.forEach(q -> rows.add(row(service, meaning, notCovered, split, q.q(), q.expect()))));
            outOfScope.forEach((split, questions) -> questions.forEach(q -> rows.add(row(service, meaning, notCovered, split, q, null))));
            for (Map<String, Object> row : rows) {
                out.write(json.writeValueAsString(row));
                out.newLine();
            }
        }
    }

    private static Map<String, Object> row(LuceneAskService service, SemanticIndex meaning, NotCoveredSubjects notCovered,
                                           String split, String question, String expect) {
        Spelled spelled = AskFixtures.spelling().correct(question.strip());
        String content = QuestionFraming.content(spelled.searched().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
        List<Hit> hits = service.candidates(content, 3);
        List<String> nearest = meaning.similarities(content).nearest(50);
        SemanticIndex.Similarities similarities = meaning.similarities(content);
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("split", split);
        row.put("q", question);
        row.put("expect", expect);
        AskResult asked = service.ask(question, 3);
        row.put("found", asked.found());
        row.put("notes", asked.notes());
        row.put("top1", expect != null && asked.found() && AskQualitySet.matches(asked.answers().getFirst().text(), expect));
        row.put("answers", asked.answers().stream().map(Answer::text).toList());
        row.put("subject", notCovered.asksAbout(question.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)) || notCovered.asksAbout(content));
        row.put("unknown", AskFixtures.spelling().unknownWords(content).size());
        row.put("unknownWords", AskFixtures.spelling().unknownWords(content));
        row.put("content", content);
        row.put("simBest", similarities.of(nearest.getFirst()));
        row.put("lead", similarities.notCoveredLead());
        row.put("simFloor", similarities.of(nearest.getLast()));
        List<Map<String, Object>> candidates = new ArrayList<>();
        for (Hit hit : hits.subList(0, Math.min(40, hits.size()))) {
            Map<String, Object> c = new java.util.LinkedHashMap<>();
            c.put("id", hit.passage().id());
            c.put("kind", hit.passage().kind().name());
            c.put("rank", hit.rank());
            c.put("conf", hit.confidence());
            c.put("cov", hit.coverage());
            c.put("sim", hit.similarity());
            c.put("rel", hit.relevance());
            c.put("ok", expect != null && AskQualitySet.matches(hit.passage().text(), expect));
            candidates.add(c);
        }
        row.put("hits", candidates);
        return row;
    }

    private static void explain(LuceneAskService service, AskQualitySet.Question question) {
        AskResult result = service.ask(question.q(), 3);
        boolean first = result.found() && !result.answers().isEmpty()
                && AskQualitySet.matches(result.answers().getFirst().text(), question.expect());
        if (first) {
            return;
        }
        String searched = result.searchedFor().isEmpty() ? "" : " [searched: " + result.searchedFor() + "]";
        String content = QuestionFraming.content((result.searchedFor().isEmpty() ? question.q() : result.searchedFor())
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
        List<Hit> hits = service.candidates(content, 3);
        int rank = -1;
        for (int i = 0; i < hits.size(); i++) {
            if (AskQualitySet.matches(hits.get(i).passage().text(), question.expect())) {
                rank = i;
                break;
            }
        }
        System.out.printf(Locale.ROOT, "%s | %s%s%n    expect: %s%n    got: %s%n    expected at rank %s%s%n",
                result.found() ? "MISS" : "NOT FOUND", question.q(), searched, question.expect(),
                result.answers().stream().map(Answer::id).toList(), rank < 0 ? "none" : String.valueOf(rank + 1),
                rank < 0 ? "" : String.format(Locale.ROOT, " (words %.2f, cover %.2f, sim %.3f, rel %.3f; best rel %.3f conf %.2f sim %.3f)",
                        hits.get(rank).confidence(), hits.get(rank).coverage(), hits.get(rank).similarity(),
                        hits.get(rank).relevance(), hits.getFirst().relevance(),
                        hits.stream().mapToDouble(Hit::confidence).max().orElse(0),
                        hits.stream().mapToDouble(Hit::similarity).max().orElse(0)));
    }
}
