package org.practiceassistant.ask;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Ask feature ({@code assistant.ask.*}).
 *
 * @param boosts    how much a match in each index field counts, relative to the passage text
 * @param answers   when an answer is good enough, and how it is shown
 * @param cache     the cache of repeated questions
 */
@ConfigurationProperties("assistant.ask")
public record AskProperties(
        @DefaultValue Boosts boosts,
        @DefaultValue Answers answers,
        @DefaultValue Cache cache) {

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
            @DefaultValue("0.75") float unaskedRubric) {}

    /**
     * @param minConfidence the confidence (score times coverage, see {@code Hit#confidence}) the best
     *                      passage needs for the question to count as covered; calibrated on
     *                      tests-data/ask/questions.yaml as the lowest value that rejects every
     *                      out-of-scope question there (the benchmark prints the calibration)
     * @param closeCall     a found answer is a close call, and offers "did you mean" alternatives, when
     *                      its runner-up ranks at least this share of it, or its confidence is below
     *                      {@code minConfidence / closeCall}
     * @param maxTextLength the longest passage text shown; longer text is cut at a word boundary
     * @param didYouMean    how many alternatives to offer at most
     */
    public record Answers(
            @DefaultValue("2.3") double minConfidence,
            @DefaultValue("0.9") double closeCall,
            @DefaultValue("1500") int maxTextLength,
            @DefaultValue("3") int didYouMean) {}

    /**
     * @param maximumSize       the most questions remembered
     * @param expireAfterWrite  how long an answer is remembered
     */
    public record Cache(
            @DefaultValue("1000") long maximumSize,
            @DefaultValue("1h") Duration expireAfterWrite) {}
}
