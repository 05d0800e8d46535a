package org.practiceassistant.check.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a timescale ("by 30 June", "for the next six months", "within 12 weeks") or a vague one ("ongoing"). */
final class Timescales {

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String NUMBER = "(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|fifteen|eighteen|twenty|twenty-four|thirty)";
    private static final String UNIT = "(?:days?|weeks?|months?|years?|school terms?|terms?|working days)";
    private static final String DATE = "(?:\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + "\\b(?:\\s+\\d{4})?|" + MONTH
            + "\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|" + MONTH + "\\s+\\d{4}|\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?)";

    private static final Pattern TIMESCALE = Pattern.compile(String.join("|",
            "\\bby\\s+(?:the\\s+)?(?:end\\s+of\\s+(?:the\\s+)?)?(?:" + DATE + "|" + MONTH + "\\b|christmas|easter"
                    + "|(?:spring|summer|autumn)\\s+(?:half[- ])?term"
                    + "|half[- ]term|the\\s+summer(?:\\s+holidays)?|the\\s+(?:next\\s+|first\\s+)?(?:review|conference"
                    + "|core\\s+group|meeting|school\\s+holidays|new\\s+year|term)|(?:next|this)\\s+(?:week|month|term|year)"
                    + "|the\\s+time\\s+\\w+\\s+(?:starts|is))",
            "\\b(?:for|over|within|in|after)\\s+(?:the\\s+)?(?:next\\s+|first\\s+|coming\\s+)?(?:at\\s+least\\s+)?" + NUMBER
                    + "\\s+(?:more\\s+|full\\s+|whole\\s+)?" + UNIT + "\\b",
            "\\b" + NUMBER + "\\s+" + UNIT + "\\s+(?:from|after)\\b",
            "\\buntil\\s+(?:the\\s+)?(?:" + DATE + "|" + MONTH + "|\\w+\\s+is\\s+\\d+|\\w+\\s+(?:turns|starts|leaves)"
                    + "|(?:end|start)\\s+of|next\\s+|review|conference|case\\s+is\\s+closed|we\\s+close)",
            "\\bbefore\\s+(?:the\\s+)?(?:" + DATE + "|review|conference|next\\s+|baby\\s+is\\s+born|birth|christmas|easter"
                    + "|school\\s+starts|end\\s+of)",
            "\\bfrom\\s+now\\s+(?:on\\s+)?(?:until|to|for)\\b",
            "\\bon\\s+" + DATE, "\\b" + DATE + "\\b(?=\\s*[,.;)]|\\s*$)"));

    private static final Pattern VAGUE = Pattern.compile(
            "\\b(?:ongoing|as soon as possible|asap|in due course|when possible|eventually|in the future|over time"
                    + "|long[- ]term|going forward|at all times)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern TIMESCALE_CI = Pattern.compile(TIMESCALE.pattern(), Pattern.CASE_INSENSITIVE);

    private Timescales() {}

    static Optional<String> find(String text) {
        Matcher m = TIMESCALE_CI.matcher(text);
        return m.find() ? Optional.of(m.group().strip()) : Optional.empty();
    }

    static Optional<String> findVague(String text) {
        Matcher m = VAGUE.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }
}
