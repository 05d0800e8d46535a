package org.practiceassistant.draft;

import java.util.List;

/**
 * Everything the worker said about one worry, which becomes one statement and goal pair. A field is null
 * until answered.
 *
 * @param harm                what has happened (incidents, when, how often, the worst)
 * @param complicatingFactors what makes it harder to deal with
 * @param workingWell         strengths and existing safety
 * @param whoIsWorried        for example "The school and I"
 * @param worriedVerb         "is", "are" or "am", as the worker wrote it, so the statement stays grammatical
 * @param fear                what they fear will happen to the child if nothing changes
 * @param network             family and network members who can act
 * @param doing               what they will be doing that shows the child is safe or well
 * @param childExperience     what the child will experience
 * @param timescale           for how long, or by when
 * @param howKnown            how everyone will know it is happening
 * @param ownStatement        the worker's own wording of the statement, replacing the composed one; or null
 * @param ownGoal             the worker's own wording of the goal; or null
 * @param statementAccepted   the worker accepted the statement
 * @param goalAccepted        the worker accepted the goal
 * @param scale               what 0 and 10 mean for this worry, or null before that step
 * @param scores              each person's score on this worry's scale
 */
public record WorryAnswers(
        String harm,
        String complicatingFactors,
        String workingWell,
        String whoIsWorried,
        String worriedVerb,
        String fear,
        String network,
        String doing,
        String childExperience,
        String timescale,
        String howKnown,
        String ownStatement,
        String ownGoal,
        boolean statementAccepted,
        boolean goalAccepted,
        Scale scale,
        List<ScaleScore> scores) {

    public WorryAnswers {
        scores = scores == null ? List.of() : List.copyOf(scores);
    }

    /**
     * Kept for an answer that only gives context (complicating factors, what is working well) when the worker
     * does not know it yet: the summary and the plan show it as something to find out, never as an answer.
     */
    public static final String NOT_KNOWN_YET = "not known yet (to find out)";

    public static WorryAnswers empty() {
        return new WorryAnswers(null, null, null, null, null, null, null, null, null, null, null, null, null, false, false, null, List.of());
    }

    /** The answer a step holds, or null; the worry step reads back in the worker's shape. */
    public String answerFor(Step step) {
        return switch (step) {
            case HARM -> harm;
            case COMPLICATING_FACTORS -> complicatingFactors;
            case WORKING_WELL -> workingWell;
            case WORRY -> whoIsWorried == null || fear == null ? null : whoIsWorried + " " + worriedVerb + " worried that " + fear;
            case NETWORK -> network;
            case DOING -> doing;
            case CHILD_EXPERIENCE -> childExperience;
            case TIMESCALE -> timescale;
            case HOW_KNOWN -> howKnown;
            default -> null;
        };
    }

    /**
     * Stores an answer to a free-text step. Changing an answer the statement or goal is built from drops the
     * acceptance and any own wording of that text, so the worker sees and checks the new version.
     */
    public WorryAnswers withAnswer(Step step, String value) {
        var a = this;
        return switch (step) {
            case HARM -> new WorryAnswers(value, a.complicatingFactors, a.workingWell, a.whoIsWorried, a.worriedVerb, a.fear,
                    a.network, a.doing, a.childExperience, a.timescale, a.howKnown, null, a.ownGoal, false, a.goalAccepted, scale, scores);
            case COMPLICATING_FACTORS -> new WorryAnswers(a.harm, value, a.workingWell, a.whoIsWorried, a.worriedVerb, a.fear,
                    a.network, a.doing, a.childExperience, a.timescale, a.howKnown, a.ownStatement, a.ownGoal,
                    a.statementAccepted, a.goalAccepted, scale, scores);
            case WORKING_WELL -> new WorryAnswers(a.harm, a.complicatingFactors, value, a.whoIsWorried, a.worriedVerb, a.fear,
                    a.network, a.doing, a.childExperience, a.timescale, a.howKnown, a.ownStatement, a.ownGoal,
                    a.statementAccepted, a.goalAccepted, scale, scores);
            case NETWORK -> withGoalPart(value, a.doing, a.childExperience, a.timescale, a.howKnown);
            case DOING -> withGoalPart(a.network, value, a.childExperience, a.timescale, a.howKnown);
            case CHILD_EXPERIENCE -> withGoalPart(a.network, a.doing, value, a.timescale, a.howKnown);
            case TIMESCALE -> withGoalPart(a.network, a.doing, a.childExperience, value, a.howKnown);
            case HOW_KNOWN -> withGoalPart(a.network, a.doing, a.childExperience, a.timescale, value);
            default -> throw new IllegalArgumentException("step " + step + " is not a free-text worry step");
        };
    }

    /** Stores the worry step, split into who is worried and what they fear. */
    public WorryAnswers withWorry(String who, String verb, String fearOfWhatWillHappen) {
        return new WorryAnswers(harm, complicatingFactors, workingWell, who, verb, fearOfWhatWillHappen, network, doing,
                childExperience, timescale, howKnown, null, ownGoal, false, goalAccepted, scale, scores);
    }

    public WorryAnswers withOwnStatement(String wording) {
        return new WorryAnswers(harm, complicatingFactors, workingWell, whoIsWorried, worriedVerb, fear, network, doing,
                childExperience, timescale, howKnown, wording, ownGoal, false, goalAccepted, scale, scores);
    }

    public WorryAnswers withOwnGoal(String wording) {
        return new WorryAnswers(harm, complicatingFactors, workingWell, whoIsWorried, worriedVerb, fear, network, doing,
                childExperience, timescale, howKnown, ownStatement, wording, statementAccepted, false, scale, scores);
    }

    /** This worry's scale: what 0 and 10 mean. */
    public WorryAnswers withScale(Scale newScale) {
        return new WorryAnswers(harm, complicatingFactors, workingWell, whoIsWorried, worriedVerb, fear, network, doing,
                childExperience, timescale, howKnown, ownStatement, ownGoal, statementAccepted, goalAccepted, newScale,
                scores);
    }

    /** Everyone's score on this worry's scale. */
    public WorryAnswers withScores(List<ScaleScore> newScores) {
        return new WorryAnswers(harm, complicatingFactors, workingWell, whoIsWorried, worriedVerb, fear, network, doing,
                childExperience, timescale, howKnown, ownStatement, ownGoal, statementAccepted, goalAccepted, scale,
                newScores);
    }

    /**
     * The statement and goal composed again from the answers, to be reviewed in a new service's words: own wordings
     * dropped; still accepted, so the worry stays in the summary and the plan if the worker goes back without reviewing.
     */
    public WorryAnswers toWordAgain() {
        return new WorryAnswers(harm, complicatingFactors, workingWell, whoIsWorried, worriedVerb, fear, network, doing,
                childExperience, timescale, howKnown, null, null, statementAccepted, goalAccepted, scale, scores);
    }

    public WorryAnswers acceptStatement() {
        return new WorryAnswers(harm, complicatingFactors, workingWell, whoIsWorried, worriedVerb, fear, network, doing,
                childExperience, timescale, howKnown, ownStatement, ownGoal, true, goalAccepted, scale, scores);
    }

    public WorryAnswers acceptGoal() {
        return new WorryAnswers(harm, complicatingFactors, workingWell, whoIsWorried, worriedVerb, fear, network, doing,
                childExperience, timescale, howKnown, ownStatement, ownGoal, statementAccepted, true, scale, scores);
    }

    private WorryAnswers withGoalPart(String network, String doing, String experience, String timescale, String howKnown) {
        return new WorryAnswers(harm, complicatingFactors, workingWell, whoIsWorried, worriedVerb, fear, network, doing,
                experience, timescale, howKnown, ownStatement, null, statementAccepted, false, scale, scores);
    }
}
