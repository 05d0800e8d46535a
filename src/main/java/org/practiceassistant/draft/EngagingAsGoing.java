package org.practiceassistant.draft;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "engaging with the drug service" as "going to the drug service", "GP confirms she's engaging" as "... she's going to every
 * appointment". The auditors read "engage" as a professional label even in full (knowledge/check-conventions.md), and
 * workers keep it in their answers after the coach's prompt; said of someone and a service it always means going to that
 * service, so the composed text says so and the family reads what is done.
 */
final class EngagingAsGoing {

    private EngagingAsGoing() {}

    private static final Pattern WITH = Pattern.compile("(?i)\\b(engaging|engages|engaged|engage)\\s+with\\b");
    /* "she's engaging." / "they're engaging and": engaging said alone, at the end of what is said of someone. */
    private static final Pattern ALONE = Pattern.compile("(?i)\\bengaging\\b(?=\\s*(?:[.,;!?)]|$|and\\b))");

    /** The verb of going for each form of engaging with. */
    private static final Map<String, String> GO = Map.of("engaging", "going to", "engages", "goes to", "engaged", "went to",
            "engage", "go to");

    /** The text with each "engage(d/s/ing) with" written as going to, and "engaging" alone as going to every appointment. */
    static String inPlainWords(String text) {
        Matcher m = WITH.matcher(text);
        var out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(GO.get(m.group(1).toLowerCase(Locale.ROOT))));
        }
        m.appendTail(out);
        return ALONE.matcher(out).replaceAll("going to every appointment");
    }
}
