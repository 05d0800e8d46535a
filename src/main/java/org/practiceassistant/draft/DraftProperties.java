package org.practiceassistant.draft;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for the mapping coach ({@code assistant.draft.*}). How long a mapping left alone is kept is
 * the conversation's idle time-out ({@code assistant.conversation.idle-timeout}), as for every feature.
 *
 * @param maxAnswerLength longest answer the coach takes in one message, in characters; longer ones are
 *                        refused politely (a pasted case file is not an answer to one question)
 */
@ConfigurationProperties("assistant.draft")
public record DraftProperties(@DefaultValue("1200") int maxAnswerLength) {}
