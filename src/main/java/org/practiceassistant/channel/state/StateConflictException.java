package org.practiceassistant.channel.state;

/**
 * Another write reached a conversation's state after this turn read it: this turn's changes were not
 * saved. The message starts with "eTag conflict", the phrase the SDK itself uses and looks for (its
 * {@code MemoryStorage} and {@code TeamsSSOTokenExchangeMiddleware}). It names no key and no content.
 */
public final class StateConflictException extends RuntimeException {

    public StateConflictException() {
        super("eTag conflict: the stored state changed since it was read; nothing was written");
    }
}
