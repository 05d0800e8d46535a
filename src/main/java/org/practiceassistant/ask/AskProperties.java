package org.practiceassistant.ask;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Ask feature ({@code assistant.ask.*}).
 *
 * @param boosts    how much a match in each index field counts, relative to the passage text
 * @param answers   when an answer is good enough, and how it is shown
 * @param cache     the cache of repeated questions
 * @param semantic  ranking by meaning as well as words
 */
@ConfigurationProperties("assistant.ask")
public record AskProperties(
        @DefaultValue Boosts boosts,
        @DefaultValue Answers answers,
        @DefaultValue Cache cache,
        @DefaultValue Semantic semantic) {

    /**
     * Field boosts (see {@link IndexFields} for what each field holds), and how much a rubric passage
     * counts when the question does not ask about audits or grades: most questions are about everyday
     * practice, which the handbook answers, while a rubric ladder repeats the same words five times.
     */
    public record Boosts(
            @DefaultValue("1.0") float text,
            @DefaultValue("0.6") float section,
            @DefaultValue("2.5") float title,
            @DefaultValue("0.6") float service,
            @DefaultValue("0.5") float document,
            @DefaultValue("0.8") float asked,
            @DefaultValue("0.75") float unaskedRubric) {}

    /**
     * @param minConfidence the confidence (score times coverage, see {@code Hit#confidence}) the best
     *                      passage needs for the question to count as covered; calibrated on
     *                      tests-data/ask/questions.yaml as the lowest value that rejects every
     *                      out-of-scope question there (the benchmark prints the calibration)
     * @param minSimilarity or the similarity in meaning (cosine, see {@code Hit#similarity}) that a passage
     *                      needs for the question to count as covered; calibrated the same way, as the
     *                      highest out-of-scope similarity rounded up to the next 0.05
     * @param closeCall     a found answer is a close call, and offers "did you mean" alternatives, when
     *                      its runner-up ranks at least this share of it, or its confidence is below
     *                      {@code minConfidence / closeCall}
     * @param maxTextLength the longest passage text shown; longer text is cut at a word boundary
     * @param didYouMean    how many alternatives to offer at most
     * @param topicMargin   a question is not covered when it is at least this much closer in meaning (cosine) to a
     *                      topic the pack does not cover ({@code not-covered-topics}) than to its nearest passage;
     *                      calibrated on the tuning splits as the lowest margin that turns no in-scope question there
     *                      into "not covered"
     */
    public record Answers(
            @DefaultValue("2.3") double minConfidence,
            @DefaultValue("0.70") double minSimilarity,
            @DefaultValue("0.9") double closeCall,
            @DefaultValue("1500") int maxTextLength,
            @DefaultValue("3") int didYouMean,
            @DefaultValue("0.04") double topicMargin) {}

    /**
     * @param maximumSize       the most questions remembered
     * @param expireAfterWrite  how long an answer is remembered
     */
    public record Cache(
            @DefaultValue("1000") long maximumSize,
            @DefaultValue("1h") Duration expireAfterWrite) {}

    /**
     * @param enabled     rank by meaning as well as words (the model loads in the background after start-up)
     * @param weight      how much meaning counts against words, 0 to 1; chosen on tests-data/ask (the
     *                    benchmark prints top-1 and top-3 for its neighbours)
     * @param candidates  how many passages nearest in meaning join those found by their words
     * @param cacheDir    where passage vectors are kept between starts; blank for the system temp folder
     * @param prebuiltCacheDir a folder of passage vectors written ahead, when the container image was built: read before
     *                    {@code cacheDir} and never written, so it may be read-only; blank for none
     * @param embedBeforeReady embed passages missing from the cache during start-up, and wait for them, instead of once
     *                    the application serves: for the image build's start, which writes the vectors and stops
     *                    ({@code spring.context.exit=onRefresh}); a serving application should not wait
     * @param unaskedRubric how much a rubric passage's blended relevance counts when the question is not about audits
     *                    or grades (the word side already weighs it by {@code boosts.unasked-rubric}; meaning, which
     *                    reads a grade descriptor as close to any question on its subject, did not)
     */
    public record Semantic(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("0.55") double weight,
            @DefaultValue("50") int candidates,
            @DefaultValue("") String cacheDir,
            @DefaultValue("") String prebuiltCacheDir,
            @DefaultValue("false") boolean embedBeforeReady,
            @DefaultValue("0.9") double unaskedRubric) {

        Path cacheDirectory() {
            return cacheDir == null || cacheDir.isBlank()
                    ? Path.of(System.getProperty("java.io.tmpdir"), "practice-assistant-vectors")
                    : Path.of(cacheDir);
        }

        /** The passage vector cache: the prebuilt folder, if any, then {@link #cacheDirectory()}. */
        PassageVectorCache vectorCache() {
            return new PassageVectorCache(cacheDirectory(), prebuiltCacheDir == null || prebuiltCacheDir.isBlank()
                    ? Optional.empty() : Optional.of(Path.of(prebuiltCacheDir)));
        }
    }
}
