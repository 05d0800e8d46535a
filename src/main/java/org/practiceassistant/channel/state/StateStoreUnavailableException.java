package org.practiceassistant.channel.state;

/**
 * The configured state store could not be reached (or answered with an error): the turn cannot read or
 * save its conversation. The channel turns this into a plain message to the user. Carries the store's
 * error code and status, never a key or content.
 */
public final class StateStoreUnavailableException extends RuntimeException {

    public StateStoreUnavailableException(String operation, Throwable cause) {
        super("The conversation state store is unavailable (" + operation + "): " + describe(cause), cause);
    }

    private static String describe(Throwable cause) {
        return cause == null ? "no detail" : cause.getClass().getSimpleName();
    }
}
