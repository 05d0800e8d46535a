package org.practiceassistant.check.rules;

import java.util.regex.Pattern;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.text.AnalysedText;

/** Each action in the plan says who will do what, and by when (or how often). */
final class WhoWhatWhenCriterion extends Criterion<ParsedPlan> {

    private static final Pattern FREQUENCY = Pattern.compile("\\b(?:daily|weekly|fortnightly|monthly|every|each|"
            + "twice|once a|times a|per week|a week|a day|nightly|at all times|whenever|immediately|today|tomorrow|"
            + "same day|when it happens|if it happens|as soon as(?! possible)|straight away|this week|next week|from today|from now|"
            // "as soon as she gets home" is when the action is set off; "asap", "as soon as possible" set no time anyone could
            // be held to (TimeWords' vague times), so neither counts as a when.
            // "rings Mark back within 5 minutes of his text", "while this plan is in place": a time after a trigger, or the plan's life.
            + "within \\d+ (?:minutes?|hours?|(?:working )?days?)|while (?:this|the) plan is in place|for as long as|"
            + "\\d{1,2}(?:[.:]\\d{2})?\\s?(?:am|pm)|"
            // A time of day that comes round each day: "at home time", "at bedtime", "in the mornings", "at weekends".
            + "at (?:home|bed|tea|lunch|dinner|break|play|pick[- ]?up|drop[- ]?off|school pick[- ]?up)[ -]?time|at (?:bedtime|teatime|lunchtime|night|weekends)|"
            + "in the (?:mornings|evenings|afternoons)|"
            + "by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?)\\b",
            Pattern.CASE_INSENSITIVE);

    /* "The review meeting will be on 29 May": a date in the diary, not an action anyone has to be named for. */
    static final Pattern SCHEDULED_EVENT = Pattern.compile("(?i)\\b(?:will be|is) (?:on|held)\\b");

    WhoWhatWhenCriterion() {
        super(CriterionId.WHO_WHAT_WHEN, Sources.PLAN_WHO_WHAT_WHEN);
    }

    @Override
    CriterionResult check(ParsedPlan plan) {
        if (plan.actions().stream().allMatch(a -> onlyWorkersVisiting(a.whole()))) {
            return fail("", "Add the actions: for each, who will do it and by when, for example \"Gran | collect Jack from school | every weekday from 1 May\".");
        }
        int complete = 0;
        int counted = 0;
        PlanAction firstIncomplete = null;
        String missingThere = "";
        for (PlanAction action : plan.actions()) {
            boolean who = !action.who().isBlank() || hasPerson(action.what());
            boolean when = hasWhen(action.when()) || hasWhen(action.what()) || hasWhen(action.who()) || isTriggered(action.what());
            if (!who && when && SCHEDULED_EVENT.matcher(action.what()).find()) {
                continue;
            }
            counted++;
            if (who && when) {
                complete++;
            } else if (firstIncomplete == null) {
                firstIncomplete = action;
                missingThere = !who && !when ? "who and by when" : !who ? "who" : "by when";
            }
        }
        if (firstIncomplete == null) {
            return pass(counted + " actions, each with who and when, for example " + plan.actions().get(0).shown());
        }
        String advice = "Say " + missingThere + " for every action; this one has no " + missingThere + ".";
        // An auditor reads the action plan as a whole: one line wrapped or left without a date in a plan whose
        // actions otherwise all say who and when still says who does what by when; a plan where many do not, does not.
        if (complete >= MIN_COMPLETE && complete >= Math.ceil(counted * SHARE_COMPLETE)) {
            return pass(complete + " of " + counted + " actions say who and when. " + advice + " " + firstIncomplete.shown());
        }
        return fail(firstIncomplete.shown(), advice);
    }

    /* The share of actions that must say who and when, and the fewest such actions, for the plan to say who does what by when. */
    private static final double SHARE_COMPLETE = 0.8;
    private static final int MIN_COMPLETE = 3;

    /* "The social worker will visit monthly" is how often the plan is seen to, not an action of the plan. */
    private static final java.util.Set<String> VISIT = WordLists.stems("visit", "visits", "visiting");

    private static boolean onlyWorkersVisiting(String action) {
        AnalysedText text = AnalysedText.of(action);
        return Spans.anyStemIn(text, 0, text.wordCount(), VISIT) && WordLists.PROFESSIONALS.first(text).isPresent()
                && WordLists.FAMILY.first(text).isEmpty() && Spans.firstPerson(text, 0, text.wordCount()).isEmpty();
    }

    static boolean hasWhen(String text) {
        // ShortWhen: the short dates workers type in a pasted plan's when column ("8th jan", "by fri", "w/c 5th").
        return !text.isBlank() && (TimescaleGrammar.find(text).isPresent() || FREQUENCY.matcher(text).find() || ShortWhen.in(text)
                || text.strip().matches("(?i)(?:\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?|now|weekly|daily)"));
    }

    /*
     * "Comes round if Shannon rings her", "is the second person to text if Carol doesn't answer": an action done each
     * time something happens says when by its condition (someone or something, then what they do). Only in one action
     * of a list, and when the condition is about someone (a name, "he", "mum"): "if things don't get better" is how the
     * plan goes, not an event that sets the action off. In a paragraph of several sentences an "if" is as likely someone's wish ("he would go back if ...").
     */
    private static final Pattern TRIGGER = Pattern.compile("\\b(?:[Ii]f|[Ww]hen|[Ww]henever)\\s+(?:\\p{Lu}\\p{Ll}+|"
            + "(?i:he|she|they|mum|dad|mother|father|anyone|anybody|someone|somebody))\\s+[\\p{L}']+");

    private static final int MAX_TRIGGERED_WORDS = 25;

    static boolean isTriggered(String action) {
        return PlanParser.wordCount(action) <= MAX_TRIGGERED_WORDS && TRIGGER.matcher(action).find();
    }

    static boolean hasPerson(String text) {
        AnalysedText analysed = AnalysedText.of(text);
        return WordLists.FAMILY.first(analysed).isPresent() || WordLists.PROFESSIONALS.first(analysed).isPresent()
                || Spans.firstPerson(analysed, 0, analysed.wordCount()).isPresent();
    }
}
