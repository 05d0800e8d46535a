package org.practiceassistant.ask;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.practiceassistant.knowledge.KnowledgePack;
import org.practiceassistant.knowledge.PackResource;
import org.practiceassistant.system.text.EnglishWords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the passage index from the knowledge pack at start-up, and the Ask service over it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AskProperties.class)
class AskConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AskConfiguration.class);

    /** The pack manifest's id for the synonyms file (Solr format) that questions are expanded with. */
    static final String SYNONYMS_RESOURCE = "synonyms";

    @Bean(destroyMethod = "close")
    PassageIndex passageIndex(KnowledgePack pack, AskProperties properties) {
        long started = System.nanoTime();
        PassageIndex index = new PassageIndex(synonyms(pack), acronyms(pack), properties.boosts());
        // The pack's "also asked as" questions were read and checked once, when the pack loaded.
        index.replaceAll(pack.passages(), pack.alsoAsked());
        // One question at start-up loads the query path's classes, so the first practitioner does not wait for it.
        index.search("what should a safety plan include?", 1);
        log.info("Ask index built and warmed: {} passages in {} ms", index.size(), (System.nanoTime() - started) / 1_000_000);
        return index;
    }

    /**
     * The semantic half of Ask, which starts loading here, in the background, as soon as the pack is loaded (before
     * the word index is built): with the passage vectors cached it is ready about when the application is (the
     * model's load and the vectors' read run on the second core while the first builds the rest), not a second or
     * more after. Embedding the passages afresh (a new pack or model) keeps every core busy for seconds, so it waits
     * until the application serves, unless {@code embed-before-ready} asks for it in start-up (the image build, whose
     * start writes the vectors into the image and stops when the context is up).
     */
    @Bean(destroyMethod = "close")
    SemanticSearch semanticSearch(KnowledgePack pack, AskProperties properties, Serving serving)
            throws InterruptedException {
        AskProperties.Semantic semantic = properties.semantic();
        SemanticSearch meaning = semantic.enabled() ? SemanticSearch.warming() : SemanticSearch.off();
        meaning.buildInBackground(pack.passages(), pack.alsoAsked(), notCoveredTopics(pack), semantic.vectorCache(),
                semantic.embedBeforeReady() ? () -> { } : serving::await, () -> { });
        if (semantic.embedBeforeReady()) {
            meaning.awaitBuild();
        }
        return meaning;
    }

    /** The Ask service. Its semantic half is made first (the parameters' order), so it loads while this is built. */
    @Bean
    LuceneAskService askService(SemanticSearch meaning, PassageIndex index, KnowledgePack pack, AskProperties properties) {
        LuceneAskService service = new LuceneAskService(index, meaning, properties.semantic(),
                GradeLadders.of(pack.rubric(), pack.passages()), properties.answers(), properties.cache(), spelling(pack),
                notCovered(pack));
        // Answers cached before meaning was ready were ranked by words alone: they are forgotten when it is.
        meaning.whenReady(service::clearCache);
        return service;
    }

    /** The subjects the pack says it does not cover; checked here, so a faulty line stops start-up naming it. */
    static NotCoveredSubjects notCovered(KnowledgePack pack) {
        return pack.resource(NotCoveredSubjects.RESOURCE)
                .map(file -> NotCoveredSubjects.read(file.file(), pack.passages()))
                .orElseGet(NotCoveredSubjects::none);
    }

    /** The topics the pack says it does not cover, compared with questions by meaning; none without the file. */
    static List<String> notCoveredTopics(KnowledgePack pack) {
        return pack.resource(NotCoveredTopics.RESOURCE).map(file -> NotCoveredTopics.read(file.file())).orElse(List.of());
    }

    /** The vocabulary questions are corrected against: every passage and heading, the synonyms and the jargon list. */
    static QuestionSpelling spelling(KnowledgePack pack) {
        List<String> texts = new ArrayList<>();
        pack.passages().forEach(passage -> {
            texts.add(passage.text());
            texts.add(passage.section());
        });
        for (String resource : List.of(SYNONYMS_RESOURCE, JARGON_RESOURCE)) {
            pack.resource(resource).ifPresent(file -> texts.add(text(file)));
        }
        // The subject lines only: the file's notes are not words to correct into, and nor are names ("Durham", "Tower
        // Hamlets"), which a slip never meant ("dorsnt" had become "dorset").
        List<String> correctableInto = new ArrayList<>(pack.resource(NotCoveredSubjects.RESOURCE)
                .map(file -> text(file).lines().filter(line -> !line.strip().startsWith("#") && !isAName(line.strip())).toList())
                .orElse(List.of()));
        correctableInto.add(askedWords(pack.alsoAsked().values()));
        return QuestionSpelling.of(texts, correctableInto, pack.resource(SYNONYMS_RESOURCE)
                .map(file -> DeclaredMisspellings.from(text(file))).orElse(Map.of()));
    }

    /** A subject line written as a name: a capital first, not all in capitals (an acronym such as "HR" is no name). */
    static boolean isAName(String line) {
        return !line.isEmpty() && Character.isUpperCase(line.charAt(0)) && line.chars().anyMatch(Character::isLowerCase);
    }

    /**
     * The ordinary English words of the pack's "also asked as" questions: how people frame what they ask ("quick one",
     * "how soon", "refuses"), words the documents themselves seldom use, so "qiuck one" and "how sopn" are corrected too.
     * Only words on the English list: those questions are written as people type, slips included, and a slip must never
     * become a word to correct into.
     */
    static String askedWords(java.util.Collection<List<String>> alsoAsked) {
        // One pattern for the 3,194 questions (String.split compiles its pattern on every call).
        StringBuilder words = new StringBuilder();
        for (List<String> questions : alsoAsked) {
            for (String question : questions) {
                for (String word : NOT_LETTERS.split(question.toLowerCase(java.util.Locale.ROOT))) {
                    if (word.length() >= QuestionSpelling.MIN_LENGTH && EnglishWords.contains(word)) {
                        words.append(word).append(' ');
                    }
                }
            }
        }
        return words.toString();
    }

    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^a-z]+");

    /** The pack manifest's id for the jargon list: its terms are words practitioners type too. */
    static final String JARGON_RESOURCE = "jargon";

    private static String text(PackResource resource) {
        try {
            return Files.readString(resource.file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource.file(), e);
        }
    }

    @Bean
    Serving serving() {
        return new Serving();
    }

    /** Opens once the application serves: what embedding the passages afresh waits for. */
    static final class Serving implements ApplicationListener<ApplicationReadyEvent> {

        private final java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);

        @Override
        public void onApplicationEvent(ApplicationReadyEvent event) {
            ready.countDown();
        }

        /** Waits until the application serves; an interrupt (the application stopping) ends the wait early. */
        void await() {
            try {
                ready.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static SynonymMap synonyms(KnowledgePack pack) {
        return pack.resource(SYNONYMS_RESOURCE).map(AskConfiguration::read).orElseGet(() -> {
            log.warn("Knowledge pack has no '{}' resource: questions are not expanded with synonyms", SYNONYMS_RESOURCE);
            return PracticeAnalyzers.noSynonyms();
        });
    }

    /** The synonyms file's acronyms, for matching a question with a passage's name; none without the file. */
    private static Acronyms acronyms(KnowledgePack pack) {
        return pack.resource(SYNONYMS_RESOURCE).map(file -> Acronyms.from(text(file))).orElseGet(Acronyms::none);
    }

    private static SynonymMap read(PackResource resource) {
        try (Reader reader = Files.newBufferedReader(resource.file(), StandardCharsets.UTF_8)) {
            return PracticeAnalyzers.synonyms(reader, resource.file().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read synonyms file " + resource.file(), e);
        }
    }
}
