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

    /** Field boosts; see {@link IndexFields} for what each field holds. */
    public record Boosts(
            @DefaultValue("1.0") float text,
            @DefaultValue("0.6") float section,
            @DefaultValue("2.5") float title,
            @DefaultValue("0.6") float service,
            @DefaultValue("0.5") float document) {}

    /**
     * @param minCoverage   the share of the question's weighted content words (0 to 1) the best passage
     *                      must match to count as found; calibrated on tests-data/ask/questions.yaml
     * @param closeCall     a found answer whose runner-up scores at least this share of its score is a
     *                      close call, and offers "did you mean" alternatives
     * @param maxTextLength the longest passage text shown; longer text is cut at a word boundary
     * @param didYouMean    how many alternatives to offer at most
     */
    public record Answers(
            @DefaultValue("0.35") double minCoverage,
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
