package org.practiceassistant.ask;

import java.nio.file.Path;
import java.util.Map;
import org.practiceassistant.knowledge.KnowledgePack;
import org.practiceassistant.knowledge.KnowledgePackLoader;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The real knowledge pack and Ask's default settings, for tests that do not need Spring. */
final class AskFixtures {

    private static KnowledgePack pack;

    private AskFixtures() {}

    static synchronized KnowledgePack pack() {
        if (pack == null) {
            pack = new KnowledgePackLoader().load(Path.of("knowledge"));
        }
        return pack;
    }

    /** The settings as the application binds them, with these properties set (for example "answers.min-coverage"). */
    static AskProperties properties(Map<String, String> overrides) {
        Map<String, String> prefixed = new java.util.HashMap<>();
        // Settings given as system properties (-Dassistant.ask.answers.min-similarity=0.75) too, for sweeps by hand.
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("assistant.ask."))
                .forEach(name -> prefixed.put(name, System.getProperty(name)));
        overrides.forEach((key, value) -> prefixed.put("assistant.ask." + key, value));
        return new Binder(new MapConfigurationPropertySource(prefixed)).bindOrCreate("assistant.ask", AskProperties.class);
    }

    static AskProperties defaults() {
        return properties(Map.of());
    }

    private static QuestionSpelling spelling;

    /** The spelling step over the real pack's vocabulary, as the application builds it. */
    static synchronized QuestionSpelling spelling() {
        if (spelling == null) {
            spelling = AskConfiguration.spelling(pack());
        }
        return spelling;
    }

    private static SemanticIndex meaning;

    /**
     * The real pack's passages embedded with the real model, once per test JVM (the vectors are cached
     * on disk between runs, as the application caches them).
     */
    static synchronized SemanticIndex meaning(PassageIndex index) {
        if (meaning == null) {
            meaning = SemanticIndex.build(SentenceEmbedder.load(), index.passages(), index.alsoAsked(),
                    AskConfiguration.notCoveredTopics(pack()), new PassageVectorCache(defaults().semantic().cacheDirectory()),
                    () -> { });
        }
        return meaning;
    }

    /** The Ask service as the application runs it once its semantic half is ready: words and meaning. */
    static LuceneAskService realService(PassageIndex index, AskProperties properties) {
        return new LuceneAskService(index, SemanticSearch.of(meaning(index)), properties.semantic(),
                GradeLadders.of(pack().rubric(), pack().passages()), properties.answers(), properties.cache(), spelling(),
                AskConfiguration.notCovered(pack()));
    }

    /** The Ask service ranking by words alone, as the application does until its semantic half is ready. */
    static LuceneAskService wordsOnly(PassageIndex index, GradeLadders ladders, AskProperties properties) {
        return new LuceneAskService(index, SemanticSearch.off(), properties.semantic(), ladders, properties.answers(),
                properties.cache(), spelling(),
                AskConfiguration.notCovered(pack()));
    }

    /** The Ask index over the real pack, built the way the application builds it. */
    static PassageIndex realIndex(AskProperties properties) {
        return new AskConfiguration().passageIndex(pack(), properties);
    }
}
