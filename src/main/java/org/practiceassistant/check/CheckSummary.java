package org.practiceassistant.check;

import java.util.Locale;

/** The one-line summary a manager reads first: "7 of 10 criteria met, 2 need your judgement". */
public final class CheckSummary {

    private CheckSummary() {}

    public static String line(CheckReport report) {
        long met = report.count(CheckStatus.PASS);
        long applicable = report.checks().size() - report.count(CheckStatus.NOT_APPLICABLE) - report.count(CheckStatus.MANUAL);
        long manual = report.count(CheckStatus.MANUAL);
        String line = met + " of " + applicable + " criteria met";
        if (manual > 0) {
            line += ", " + manual + (manual == 1 ? " needs" : " need") + " your judgement";
        }
        return line;
    }

    /** The status as the API and cards name it: pass, fail, manual, not-applicable. */
    public static String wireStatus(CheckStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
