package org.practiceassistant.draft;

/**
 * A button offered with a reply. {@link #sends()} is the text it sends back, read by the same parser as
 * typed words, so every button also works as words.
 */
record CoachAction(String label, String sends) {

    public CoachAction {
        if (label == null || label.isBlank() || sends == null || sends.isBlank()) {
            throw new IllegalArgumentException("an action needs a label and the text it sends");
        }
    }

    public static CoachAction of(CoachCommand command) {
        return new CoachAction(command.label(), command.word());
    }

    public static final CoachAction ACCEPT = new CoachAction("Accept", "accept");
    public static final CoachAction EDIT = new CoachAction("Edit", "edit");
    public static final CoachAction REWORK = new CoachAction("Rework a step", "rework");
    public static final CoachAction YES = new CoachAction("Yes", "yes");
    public static final CoachAction NO = new CoachAction("No", "no");
    public static final CoachAction OK = new CoachAction("Use these", "ok");
}
