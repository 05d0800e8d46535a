package org.practiceassistant.draft;

/**
 * What a worker can say at any step, whether typed or sent by a button. Each command's {@link #word()} is
 * what its button sends, so buttons and words go through the same parser.
 */
enum CoachCommand {
    HELP("help", "Help"),
    EXAMPLE("example", "Example"),
    BACK("back", "Back"),
    SKIP("skip", "Skip"),
    CANCEL("cancel", "Cancel"),
    START_OVER("start over", "Start over"),
    WHERE_AM_I("where am i", "Where am I?"),
    /** "wait", "hang on": the worker pauses; nothing is kept or lost, the question stands. */
    WAIT("wait", "Wait"),
    /** The Child and Family Plan as a Word document, once the first statement and goal are agreed. */
    PLAN("plan", "Plan (.docx)");

    private final String word;
    private final String label;

    CoachCommand(String word, String label) {
        this.word = word;
        this.label = label;
    }

    /** The text a button sends. */
    public String word() {
        return word;
    }

    /** The button's caption. */
    public String label() {
        return label;
    }
}
