package org.practiceassistant.conversation;

import java.util.Optional;
import java.util.Set;

/**
 * A feature the Teams bot dispatches commands and multi-turn flows to (Draft, Check). Implement it in the
 * feature's own package as a Spring bean; the channel finds every bean of this type at start-up. No Bot
 * Framework type crosses this interface: features take {@link UserInput} and answer {@link Reply} values.
 *
 * <p>How the channel routes a turn:
 * <ol>
 *   <li>{@code forget} and {@code cancel} (typed, also as {@code stop} or {@code quit}, or a button whose {@link Reply.Choice#value()} is
 *       {@value #CANCEL}) are the channel's own and always win, with one wording for every feature; so is
 *       {@code help} outside a flow, while during a flow it goes to {@link #continueFlow} as help with the
 *       step.</li>
 *   <li>A message whose first word is one of {@link #commands()}, or that {@link #startsFlow} recognises,
 *       calls {@link #start} (and ends any other feature's flow in this conversation).</li>
 *   <li>A click on a button this feature built (a {@link UserInput.Submission} for {@link #name()}) calls
 *       {@link #continueFlow} with the stored state, or {@link #start} with the submission when no flow of
 *       this feature is active (an old card clicked after the flow ended); the command is then the first
 *       of {@link #commands()}.</li>
 *   <li>A file attached with no command and no active flow goes to {@link #start} of the feature that
 *       {@link #acceptsDocuments() accepts documents}, as a {@link UserInput.Document} (with a command
 *       word, or during a flow, the rules above apply and the input is the document).</li>
 *   <li>While this feature's flow is active (the last {@link FeatureTurn#nextState()} was not null), every
 *       other message calls {@link #continueFlow}.</li>
 *   <li>Anything else is a question for Ask.</li>
 * </ol>
 *
 * <p>State: the channel keeps {@link FeatureTurn#nextState()} in the conversation's state
 * (its state store) between turns and hands it back typed. It must be a record (or other plain
 * value) of {@link #stateType()} that Jackson 2 can write and read: records of strings, numbers, booleans,
 * enums, {@code java.time} values and lists/maps of those. It expires with the conversation's idle time-out
 * and is erased at once when the user says {@code forget}. State may hold case text (it is the user's
 * draft); never log it.
 *
 * <p>Calls are made on a worker thread with a time budget (Teams retries a turn after 15 s): answer from
 * memory, never block on the network. An exception thrown here gives the user a short apology and ends
 * the flow; its message is never shown or logged, so it may not carry case text anyway.
 *
 * @param <S> the flow-state record type
 */
public interface ConversationFeature<S> {

    /** The choice value of a cancel button: the channel ends the flow, the feature is not called. */
    String CANCEL = "cancel";

    /** Typed alone, each of these ends a flow as the cancel button does (the channel's, never the feature's). */
    Set<String> CANCEL_WORDS = Set.of(CANCEL, "stop", "quit");

    /** The one answer to cancel, typed or clicked, whichever feature's flow it ends. */
    String CANCELLED = "Cancelled: I've stopped and not kept any of your answers. Ask me a question, or type **help**.";

    /**
     * A stable lowercase id, for example {@code "draft"}; names this feature's buttons and its slot in the
     * conversation state.
     */
    String name();

    /** The command words that start this feature, lowercase single words, for example {@code "draft"}. */
    Set<String> commands();

    /** One line for the help card, for example "draft - build a danger statement and safety goal step by step". */
    String helpLine();

    /** The class of the state record, so the channel can hand it back typed. */
    Class<S> stateType();

    /**
     * True when a whole message asks for this feature in everyday words rather than its command word, for
     * example "help me write a danger statement" for Draft. The feature is then started with an empty
     * {@link UserInput.Text} and its first command.
     */
    default boolean startsFlow(String message) {
        return false;
    }

    /**
     * What to start this feature with when a whole message, sent while no flow is active, asks for it in
     * everyday words or is itself its input: "can you check my plan" (an empty input), a pasted "Danger
     * statement: ..." (the message). Empty when the message is not for this feature: it is then a question.
     * Asked only outside a flow, so a flow's answers are never taken for a new start.
     */
    default Optional<UserInput.Text> startsFrom(String message) {
        return Optional.empty();
    }

    /**
     * True when a file attached with no command word should start this feature (one feature at most).
     */
    default boolean acceptsDocuments() {
        return false;
    }

    /**
     * True when the flow asks the worker about a family, step by step (the guided mapping): started where others read
     * along (a team channel or a group chat), the worker is told first that everyone there will see the case details.
     */
    default boolean asksForCaseDetail() {
        return false;
    }

    /**
     * Starts the feature.
     *
     * @param command the command word that was used (one of {@link #commands()})
     * @param input   what came with it: a {@link UserInput.Text} holding the rest of the message after the
     *     command word (may be empty; for {@code check} typically the pasted draft), a
     *     {@link UserInput.Document} when a file was attached, or a {@link UserInput.Submission} when an old
     *     button of this feature was clicked with no flow active
     * @return the replies, and the state to keep if the flow continues
     */
    FeatureTurn<S> start(String command, UserInput input);

    /**
     * Handles the next turn of an active flow.
     *
     * @param state the state returned by the previous turn, never null
     * @param input what the user typed or clicked
     * @return the replies, and the state to keep if the flow continues
     */
    FeatureTurn<S> continueFlow(S state, UserInput input);
}
