package org.practiceassistant.draft;

import java.util.Locale;
import java.util.Set;

/**
 * A label for what happened ("DA", "DV") written in its plain words where it names a service or an event: "the DA service"
 * reads "the service for abuse at home", "a DV incident" "an incident of violence at home". The plain words describe
 * what happened, so they cannot stand before a noun as the letters do; the noun comes first. Which entries are such labels
 * is the jargon list's own word: their plain advice asks to say what happened.
 */
final class LabelBeforeNoun {

    private LabelBeforeNoun() {}

    /** Nouns a label names a help for: "the DA service", "DV worker", "the police DA unit". */
    private static final Set<String> HELP = Set.of("service", "services", "worker", "workers", "team", "unit", "officer",
            "support", "programme", "programmes", "program", "project", "hub", "advocate", "charity", "group", "line", "refuge");
    /** Nouns a label names an event or a past of: "a DV incident", "DA history", "a DV perpetrator". */
    private static final Set<String> EVENTS = Set.of("history", "incident", "incidents", "perpetrator", "perpetrators");
    /** Other nouns a label is written before: what is said or done about it. */
    private static final Set<String> ABOUT = Set.of("notification", "notifications", "referral", "referrals", "assessment",
            "assessments", "risk", "call", "calls", "report", "reports", "course", "courses", "session", "sessions", "training",
            "awareness", "recovery", "work", "concerns", "disclosure", "disclosures", "meeting", "meetings");

    /** True when an entry's plain advice asks to say what happened or is happening: the term labels events. */
    static boolean aLabelForWhatHappened(String plain) {
        String p = plain.strip().toLowerCase(Locale.ROOT);
        return p.startsWith("say what happened") || p.startsWith("say what is happening") || p.startsWith("say what happens");
    }

    /** The end of the run of such nouns right after {@code from} (one space apart), or {@code from} when there is none. */
    static int nounsAfter(CharSequence text, int from) {
        int end = from;
        int at = from;
        while (at < text.length() && text.charAt(at) == ' ') {
            int start = at + 1;
            int stop = start;
            while (stop < text.length() && Character.isLetter(text.charAt(stop))) {
                stop++;
            }
            String word = text.subSequence(start, stop).toString().toLowerCase(Locale.ROOT);
            if (stop == start || !(HELP.contains(word) || EVENTS.contains(word) || ABOUT.contains(word))) {
                break;
            }
            end = stop;
            at = stop;
        }
        return end;
    }

    /** " perpetrator programme" and "abuse at home": "perpetrator programme for abuse at home". */
    static String nounFirst(String nouns, String plainWords) {
        String run = nouns.strip();
        String last = run.substring(run.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        String preposition = HELP.contains(last) ? "for" : EVENTS.contains(last) ? "of" : "about";
        return run + " " + preposition + " " + plainWords;
    }
}
