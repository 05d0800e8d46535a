package org.practiceassistant.ask;

import org.practiceassistant.knowledge.Passage;

/**
 * One passage found for a question.
 *
 * @param passage  the passage
 * @param score    the Lucene relevance score, higher is better
 * @param coverage the share (0 to 1) of the question's content, weighted by rarity, that the passage matches
 */
record Hit(Passage passage, double score, double coverage) {}
