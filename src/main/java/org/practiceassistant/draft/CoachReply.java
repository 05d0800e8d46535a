package org.practiceassistant.draft;

import java.util.List;
import org.practiceassistant.check.CheckReport;
import org.practiceassistant.check.DraftKind;

/** What the coach says back; the channel decides how each kind looks (card, text, buttons). */
sealed interface CoachReply {

    /**
     * A question at one step.
     *
     * @param title    the step's short title
     * @param progress "Step 3 of 19"
     * @param purpose  one line on why the step matters
     * @param guidance the pack's guidance for the step, quoted with citations
     * @param question what the worker is asked
     * @param options  the answers of a step with a fixed set of them (the services, yes / no, accept / edit /
     *                 rework), as buttons; empty for a free-text step
     * @param actions  the commands as buttons, most useful first
     */
    record Prompt(String title, String progress, String purpose, List<GuidanceQuote> guidance, String question,
                  List<CoachAction> options, List<CoachAction> actions) implements CoachReply {
        public Prompt {
            guidance = List.copyOf(guidance);
            options = List.copyOf(options);
            actions = List.copyOf(actions);
        }
    }

    /** A plain message: a gentle re-prompt, help, an example, a confirmation. */
    record Note(String text) implements CoachReply {}

    /**
     * A statement or goal built from the answers (or written by the worker), with the check run on it.
     *
     * @param term   what it is called in this service, for example "worry statement"
     * @param worry  1-based worry number
     */
    record Composed(DraftKind kind, String term, int worry, String text, CheckReport report) implements CoachReply {}

    /** The Child and Family Plan of the pairs agreed so far, to be sent as a Word document. */
    record PlanDocument(MappingSummary summary) implements CoachReply {}

    /** The end of the mapping: every pair, the scale, bottom lines and next steps, and the same as plain text. */
    record Summary(MappingSummary summary, String plainText) implements CoachReply {}
}
