package org.practiceassistant.conversation;

import java.util.List;
import java.util.Objects;

/**
 * One message a feature wants to send back. The channel renders it (Markdown text, or an Adaptive Card
 * with buttons) and keeps it under Teams' message size limit, so features stay free of Bot Framework and
 * card JSON.
 */
public sealed interface Reply {

    /** Plain text; Teams renders a small Markdown subset (bold, italics, lists, line breaks). */
    record Text(String markdown) implements Reply {
        public Text {
            if (markdown == null || markdown.isBlank()) {
                throw new IllegalArgumentException("a text reply needs text");
            }
        }
    }

    /**
     * A prompt with up to six buttons. A click comes back to the same feature as a
     * {@link UserInput.Submission} carrying the button's {@link Choice#value()}.
     *
     * @param prompt  the question or instruction shown above the buttons
     * @param choices the buttons, in order; 1 to 6 of them
     */
    record Choices(String prompt, List<Choice> choices) implements Reply {
        public Choices {
            if (prompt == null || prompt.isBlank()) {
                throw new IllegalArgumentException("a choice needs a prompt");
            }
            choices = List.copyOf(choices);
            if (choices.isEmpty() || choices.size() > 6) {
                throw new IllegalArgumentException("between 1 and 6 choices, got " + choices.size());
            }
        }
    }

    /**
     * A titled list of findings, for example a checked criterion and its advice; rendered as a card with
     * one section per item.
     *
     * @param title   heading of the card
     * @param items   the items, in order; at least one
     * @param choices buttons under the list (may be empty), as in {@link Choices}
     */
    record Report(String title, List<Item> items, List<Choice> choices) implements Reply {
        public Report {
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("a report needs a title");
            }
            items = List.copyOf(items);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("a report needs at least one item");
            }
            choices = List.copyOf(choices);
            if (choices.size() > 6) {
                throw new IllegalArgumentException("at most 6 choices, got " + choices.size());
            }
        }
    }

    /**
     * One entry of a {@link Report}.
     *
     * @param heading short heading, for example the criterion name
     * @param status  a short status word shown beside the heading ("Met", "Not met", "Your judgement"), may be empty
     * @param body    the detail (Markdown), may be empty
     * @param more    further detail shown on demand (an Adaptive Card {@code Action.ShowCard}), for example the
     *     audit rubric row behind a criterion; {@link More#NONE} when there is none
     */
    record Item(String heading, String status, String body, More more) {
        public Item {
            Objects.requireNonNull(heading, "heading");
            status = status == null ? "" : status;
            body = body == null ? "" : body;
            more = more == null ? More.NONE : more;
        }

        public Item(String heading, String status, String body) {
            this(heading, status, body, More.NONE);
        }
    }

    /**
     * Detail an {@link Item} shows only when asked.
     *
     * @param label what the show button says, for example "Rubric row"
     * @param text  the detail (Markdown); empty means there is nothing to show
     */
    record More(String label, String text) {
        public static final More NONE = new More("", "");

        public More {
            label = label == null ? "" : label;
            text = text == null ? "" : text;
            if (!text.isEmpty() && label.isBlank()) {
                throw new IllegalArgumentException("detail shown on demand needs a button label");
            }
        }

        public boolean isEmpty() {
            return text.isEmpty();
        }
    }

    /**
     * A button.
     *
     * @param label what the button says
     * @param value what comes back in {@link UserInput.Submission#choice()} when it is clicked
     */
    record Choice(String label, String value) {
        public Choice {
            if (label == null || label.isBlank() || value == null || value.isBlank()) {
                throw new IllegalArgumentException("a choice needs a label and a value");
            }
        }
    }

    static Reply text(String markdown) {
        return new Text(markdown);
    }
}
