package org.practiceassistant.draft;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "F needing to be accommodated" as "F needing to go into care". The jargon list gives "accommodated" no words of its own
 * (for a family, "accommodated" can be a place to live), but said of someone being accommodated it always means coming
 * into care, so the composed text says that and the family reads what is feared.
 */
final class BeingAccommodated {

    private BeingAccommodated() {}

    private static final Pattern PASSIVE = Pattern.compile("(?i)\\b(be|being|been|get|getting)\\s+accommodated\\b");

    /** The verb of going into care for each verb of being accommodated. */
    private static final Map<String, String> GO = Map.of("be", "go", "being", "going", "been", "gone", "get", "go",
            "getting", "going");

    /** The text with each "be / being / been / get / getting accommodated" written as going into care; one scan. */
    static String inPlainWords(String text) {
        Matcher m = PASSIVE.matcher(text);
        var out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(GO.get(m.group(1).toLowerCase(Locale.ROOT)) + " into care"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
