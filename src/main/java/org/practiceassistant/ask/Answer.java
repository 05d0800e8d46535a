package org.practiceassistant.ask;

/**
 * One cited passage in an answer.
 *
 * @param id       the passage id, stable within a pack build (feedback refers to it)
 * @param text     the quoted passage, at most 1,500 characters
 * @param document the source document's title
 * @param section  the heading path, for example "Practice handbook › Child Protection › Conference Bottom Lines"
 * @param score    relevance, higher is better
 */
public record Answer(String id, String text, String document, String section, double score) {}
