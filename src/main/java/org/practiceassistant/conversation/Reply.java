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
     * A prompt with buttons. A click comes back to the same feature as a {@link UserInput.Submission}
     * carrying the button's {@link Choice#value()}.
     *
     * @param prompt   the text shown first (Markdown)
     * @param quotes   guidance quoted word for word with its citation, shown as quotations after the prompt
     * @param question the question, shown after the quotes; may be empty
     * @param options  the answers to the question as buttons beside it (for example the services, or yes and
     *                 no); up to {@value #MAX_OPTIONS}, may be empty
     * @param choices  the buttons under the card (commands such as help or back); up to 6, at least one
     *                 when there are no options
     */
    record Choices(String prompt, List<Quote> quotes, String question, List<Choice> options, List<Choice> choices)
            implements Reply {
        public static final int MAX_OPTIONS = 16;

        public Choices {
            if (prompt == null || prompt.isBlank()) {
                throw new IllegalArgumentException("a choice needs a prompt");
            }
            quotes = List.copyOf(quotes);
            question = question == null ? "" : question;
            options = List.copyOf(options);
            choices = List.copyOf(choices);
            if (choices.size() > 6 || options.size() > MAX_OPTIONS || choices.isEmpty() && options.isEmpty()) {
                throw new IllegalArgumentException("1 to " + MAX_OPTIONS + " options and at most 6 choices, got "
                        + options.size() + " and " + choices.size());
            }
        }

        /** A prompt with 1 to 6 buttons under it. */
        public Choices(String prompt, List<Choice> choices) {
            this(prompt, List.of(), "", List.of(), requireSome(choices));
        }

        private static List<Choice> requireSome(List<Choice> choices) {
            if (choices.isEmpty()) {
                throw new IllegalArgumentException("between 1 and 6 choices, got 0");
            }
            return choices;
        }
    }

    /**
     * A file for the user to download, made for this reply only: the channel attaches it (a download link
     * on the local chat page) and keeps no copy.
     *
     * @param name      the file name the user sees; never case data
     * @param mediaType for example the Word document type
     * @param content   the file's bytes
     * @param caption   a line of text sent with it
     */
    record File(String name, String mediaType, byte[] content, String caption) implements Reply {
        public File {
            if (name == null || name.isBlank() || mediaType == null || mediaType.isBlank() || content == null
                    || content.length == 0 || caption == null || caption.isBlank()) {
                throw new IllegalArgumentException("a file needs a name, a type, some content and a caption");
            }
        }
    }

    /**
     * A passage quoted word for word, rendered as a quotation (never as Markdown quote marks).
     *
     * @param text     the words quoted
     * @param citation where they come from
     */
    record Quote(String text, String citation) {
        public Quote {
            if (text == null || text.isBlank() || citation == null || citation.isBlank()) {
                throw new IllegalArgumentException("a quote needs text and a citation");
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
