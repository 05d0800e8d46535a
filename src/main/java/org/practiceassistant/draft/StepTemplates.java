package org.practiceassistant.draft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The step templates: a step's title, purpose and question with the placeholders ({child}, {statement},
 * {goal}, {good}, {past}, {existing}) filled in for this mapping, and the prompt the worker sees on arriving
 * at a step, with the pack's guidance for it and its buttons.
 */
final class StepTemplates {

    /** The answers a worker can go back to from a review, in the order the rework list numbers them. */
    static final List<Step> REWORKABLE = Arrays.stream(Step.values()).filter(Step::isReworkable).toList();

    private final CoachGuidance guidance;

    StepTemplates(CoachGuidance guidance) {
        this.guidance = guidance;
    }

    String render(String template, MappingState state) {
        var v = vocabularyOrDefault(state);
        return template.replace("{is}", state.children().size() > 1 ? "are" : "is")
                .replace("{has}", state.children().size() > 1 ? "have" : "has")
                .replace("{responds}", state.children().size() > 1 ? "respond" : "responds")
                .replace("{child}", state.childNames())
                .replace("{statement}", v.statement())
                .replace("{goal}", v.goal())
                .replace("{good}", v.goodOutcome())
                .replace("{past}", v.past())
                .replace("{existing}", v.existing());
    }

    String title(MappingState state) {
        String title = render(state.step().title(), state);
        return state.step().scope() == Step.Scope.SCALE && state.worries().size() > 1
                ? title + " (worry " + (state.worry() + 1) + ")" : title;
    }

    String purpose(MappingState state) {
        return render(state.step().purpose(), state);
    }

    /** What another step of the mapping is for, in this mapping's words: "what does complicating mean" asked anywhere. */
    String meaningOf(Step step, MappingState state) {
        return "**" + render(step.title(), state) + "**: " + render(step.purpose(), state);
    }

    String question(MappingState state) {
        if (state.step() == Step.CHILD_VOICE && onlyBabies(state)) {
            return render(BABY_VIEWS, state);
        }
        return render(state.step().question(), state);
    }

    /**
     * The child's views when every child is a baby or not born yet: what is seen, not what is said. Its answers
     * ("not born yet", "too young") are read by {@link BabyViews}.
     */
    static final String BABY_VIEWS = "{child} cannot tell you in words yet, so say what you have seen: how {child}"
            + " {responds} to the people caring for them, feeding, sleeping and settling. For a baby not born yet, say"
            + " \"not born yet\", or what the parents have said they want for the baby. Say \"skip\" if you have not"
            + " seen this yet.";

    /** Every child of the mapping is under two or not born yet: their views are what is seen of them. */
    static boolean onlyBabies(MappingState state) {
        return !state.children().isEmpty() && state.children().stream().allMatch(c -> c.unborn() || c.age() <= 1);
    }

    /** A step's title without its bracketed aside, in lower case: "what has happened". */
    String shortTitle(Step step, MappingState state) {
        return render(step.title(), state).replaceAll(" \\(.*\\)", "").toLowerCase(Locale.ROOT);
    }

    /** What a statement or goal is called in this service, at a review step. */
    String term(MappingState state) {
        return state.step() == Step.REVIEW_STATEMENT ? state.vocabulary().statement() : state.vocabulary().goal();
    }

    List<GuidanceQuote> quotes(MappingState state) {
        return guidance.quotesFor(state.step(), vocabularyOrDefault(state));
    }

    MappingWords vocabularyFor(ServiceArea area) {
        return guidance.vocabularyFor(area);
    }

    MappingWords vocabularyOrDefault(MappingState state) {
        return state.vocabulary() != null ? state.vocabulary() : guidance.vocabularyFor(ServiceArea.CHILD_PROTECTION);
    }

    CoachReply.Prompt prompt(MappingState state) {
        Step step = state.step();
        List<GuidanceQuote> quotes = step == Step.SERVICE_AREA || state.vocabulary() == null ? List.of()
                : guidance.quotesFor(step, state.vocabulary());
        return new CoachReply.Prompt(title(state), StepOrder.progress(state), purpose(state), quotes, question(state),
                options(state), actions(state));
    }

    /** The answers of a step with a fixed set of them, as buttons that send the same words a worker can type. */
    static List<CoachAction> options(MappingState state) {
        return switch (state.step()) {
            case SERVICE_AREA -> Arrays.stream(ServiceArea.values())
                    .map(area -> new CoachAction(area.label(), area.label())).toList();
            case REVIEW_STATEMENT, REVIEW_GOAL -> List.of(CoachAction.ACCEPT, CoachAction.EDIT, CoachAction.REWORK);
            case ANOTHER_WORRY -> List.of(CoachAction.YES, CoachAction.NO);
            case SCALE -> List.of(CoachAction.OK);
            case BOTTOM_LINES -> List.of(new CoachAction("None", "none"));
            default -> List.of();
        };
    }

    private List<CoachAction> actions(MappingState state) {
        var actions = new ArrayList<CoachAction>();
        if (state.step().optional()) {
            actions.add(CoachAction.of(CoachCommand.SKIP));
        }
        actions.add(CoachAction.of(CoachCommand.HELP));
        actions.add(CoachAction.of(CoachCommand.EXAMPLE));
        if (!state.history().isEmpty()) {
            actions.add(CoachAction.of(CoachCommand.BACK));
        }
        if (hasAgreedPair(state)) {
            actions.add(CoachAction.of(CoachCommand.PLAN));
        }
        actions.add(CoachAction.of(CoachCommand.START_OVER));
        actions.add(CoachAction.of(CoachCommand.CANCEL));
        // Last, so it is the first button a channel with fewer buttons drops; the words always work.
        actions.add(CoachAction.of(CoachCommand.WHERE_AM_I));
        return actions;
    }

    /** The plan can be made once the first statement and goal are accepted. */
    static boolean hasAgreedPair(MappingState state) {
        return state.worries().stream().anyMatch(w -> w.statementAccepted() && w.goalAccepted());
    }

    /**
     * The 0 and 10 the coach suggests for the current worry's scale when the worker has not written their
     * own: about the children that worry names, and its own statement and goal.
     */
    Scale proposedScale(MappingState state) {
        var v = state.vocabulary();
        String children = state.childNamesFor(state.currentWorry());
        String be = StatementComposer.isSeveral(children) ? "are" : "is";
        String which = state.worries().size() > 1 ? " " + (state.worry() + 1) : "";
        return new Scale(
                "what the " + v.statement() + which + " describes is happening now and nobody is keeping " + children
                        + " " + v.goodOutcome(),
                "everyone is confident " + children + " " + be + " " + v.goodOutcome() + " because the " + v.goal()
                        + which + " is being met, so Children's Social Care can step back");
    }
}
