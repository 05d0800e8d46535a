package org.practiceassistant.system.text;

/**
 * Makes a value from outside (an activity id, a type, a tenant id) safe to log: at most a fixed length,
 * and only characters ids are made of, so a value can neither flood the log, forge a line nor carry a
 * sentence. Linear in the length kept.
 */
public final class LogText {

    /** Longer than any id Teams or Entra ID uses (activity ids are under 100 characters). */
    public static final int MAX_ID = 80;

    private LogText() {}

    public static String id(String value) {
        return bounded(value, MAX_ID);
    }

    /** Letters, digits and {@code : - _ . @ | /} kept; anything else becomes {@code ?}; cut at {@code max}. */
    public static String bounded(String value, int max) {
        if (value == null) {
            return "(none)";
        }
        int kept = Math.min(value.length(), max);
        StringBuilder out = new StringBuilder(kept + 16);
        for (int i = 0; i < kept; i++) {
            char c = value.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == ':' || c == '-' || c == '_' || c == '.' || c == '@' || c == '|' || c == '/';
            out.append(plain ? c : '?');
        }
        if (value.length() > max) {
            out.append("...(length=").append(value.length()).append(")");
        }
        return out.toString();
    }
}
