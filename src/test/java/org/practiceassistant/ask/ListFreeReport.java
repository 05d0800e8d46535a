package org.practiceassistant.ask;

import java.util.List;
import java.util.Map;

/**
 * Near-domain rejection per tuning split with no not-covered subject or topic, the way a fresh set meets Ask (its
 * readers bring subjects no list names yet): for judging a rule meant to generalise, where the with-lists figures cannot
 * move because the lists were grown from these very splits. Counts only, no question text.
 * {@code java -cp <test class path> org.practiceassistant.ask.ListFreeReport}
 */
public final class ListFreeReport {
    public static void main(String[] args) throws Exception {
        AskQualitySet set = AskQualitySet.load();
        AskProperties properties = AskFixtures.properties(Map.of("cache.maximum-size", "0"));
        try (PassageIndex index = AskFixtures.realIndex(properties)) {
            SemanticIndex meaning = SemanticIndex.build(SentenceEmbedder.load(), index.passages(), index.alsoAsked(),
                    List.of(), new PassageVectorCache(java.nio.file.Files.createTempDirectory("aq")), () -> { });
            LuceneAskService service = new LuceneAskService(index, SemanticSearch.of(meaning), properties.semantic(),
                    GradeLadders.of(AskFixtures.pack().rubric(), AskFixtures.pack().passages()), properties.answers(),
                    properties.cache(), AskFixtures.spelling(), NotCoveredSubjects.none());
            Map<String, List<String>> near = new java.util.LinkedHashMap<>(set.teamsTuning());
            near.put("tune+held", set.outOfScope());
            near.put("near-miss", set.tuneNearMiss());
            near.put("near-miss2", set.tuneNearMiss2());
            for (var e : near.entrySet()) {
                long rejected = e.getValue().stream().filter(q -> !service.ask(q, 3).found()).count();
                long twins = TypoTwins.ofTexts(e.getValue(), TypoTwins.SEED).stream().filter(q -> !service.ask(q, 3).found()).count();
                System.out.println(e.getKey() + " list-free rejected " + rejected + "/" + e.getValue().size() + " twins " + twins);
            }
        }
    }
}
