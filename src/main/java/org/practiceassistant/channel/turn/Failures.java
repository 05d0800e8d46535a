package org.practiceassistant.channel.turn;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Unwraps async failures and describes them for logs without their messages, which may quote user input. */
public final class Failures {

    private Failures() {}

    public static Throwable rootCause(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** True when {@code failure} or anything it wraps is of {@code type}. */
    public static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The first stack frame, "Class.method:line", so a log points at the code without quoting data. */
    public static String origin(Throwable failure) {
        StackTraceElement[] trace = failure.getStackTrace();
        if (trace.length == 0) {
            return "unknown";
        }
        return trace[0].getClassName() + "." + trace[0].getMethodName() + ":" + trace[0].getLineNumber();
    }
}
