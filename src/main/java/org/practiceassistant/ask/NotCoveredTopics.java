package org.practiceassistant.ask;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.practiceassistant.knowledge.KnowledgePackException;

/**
 * The subjects a pack does not cover, described in a few words each ({@code knowledge/not-covered-topics.txt}:
 * "claiming back mileage, petrol, train fares and parking"), compared with a question by meaning rather than by
 * its words. {@link NotCoveredSubjects} catches a question that names a listed subject; a topic also catches the
 * ones that put it in other words ("can I get my train ticket to the review back"). A question closer in meaning
 * to a topic than to every passage, by a calibrated margin, is not covered.
 */
final class NotCoveredTopics {

    /** The manifest's resource id for the file. */
    static final String RESOURCE = "not-covered-topics";

    /** A topic is a few words: a longer line is a paragraph pasted by mistake, and would match everything a little. */
    static final int MAX_LENGTH = 200;

    private NotCoveredTopics() {}

    /**
     * Reads the file, one topic a line ({@code #} for notes).
     *
     * @throws KnowledgePackException naming the file and line of a topic with no letter in it or longer than
     *     {@link #MAX_LENGTH} characters
     */
    static List<String> read(Path file) {
        List<String> topics = new ArrayList<>();
        for (PackLines line : PackLines.read(file)) {
            if (line.text().chars().noneMatch(Character::isLetter)) {
                throw new KnowledgePackException(file, line.number(), "'" + line.text() + "' describes no topic");
            }
            if (line.text().length() > MAX_LENGTH) {
                throw new KnowledgePackException(file, line.number(), "a topic is a few words, at most " + MAX_LENGTH
                        + " characters; this one has " + line.text().length());
            }
            topics.add(line.text());
        }
        return List.copyOf(topics);
    }
}
