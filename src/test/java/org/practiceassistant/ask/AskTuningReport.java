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
            figures.put("near-miss", AskQualitySet.evaluate(q -> service.ask(q, 3), List.of(), set.tuneNearMiss()));
            figures.forEach((split, result) -> System.out.println(result.summary(split)));
            for (String split : detailed) {
                System.out.println("--- " + split);
                for (AskQualitySet.Question question : questions.getOrDefault(split, List.of())) {
                    explain(service, question);
                }
                figures.get(split).misses().stream().filter(miss -> miss.startsWith("ANSWERED"))
                        .forEach(miss -> System.out.println("  " + miss));
            }
        }
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
