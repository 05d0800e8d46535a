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
        overrides.forEach((key, value) -> prefixed.put("assistant.ask." + key, value));
        return new Binder(new MapConfigurationPropertySource(prefixed)).bindOrCreate("assistant.ask", AskProperties.class);
    }

    static AskProperties defaults() {
        return properties(Map.of());
    }

    /** The Ask index over the real pack, built the way the application builds it. */
    static PassageIndex realIndex(AskProperties properties) {
        return new AskConfiguration().passageIndex(pack(), properties);
    }
}
