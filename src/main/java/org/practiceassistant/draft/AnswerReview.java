package org.practiceassistant.draft;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The gentle checks on a free-text answer before the coach keeps it: too long, empty, one word, jargon, and
 * (for what the family will be doing) a service instead of something people will be seen doing. Each
 * problem comes back as a friendly re-prompt; the answer itself is never repeated, so nothing long or
 * sensitive is echoed.
 */
final class AnswerReview {

    /** "Attend a parenting course", "engage with services", "complete the Freedom Programme"... */
    private static final Pattern SERVICE = Pattern.compile("(?i)\\b(attend(s|ing)?|engag(e|es|ing) (with|in)"
            + "|complet(e|es|ing) (a|an|the)|go(es|ing)? to (a|an|the)? ?(\\w+ )?(course|programme|program|group|"
            + "sessions|counselling|appointments?)|comply|complies|cooperat(e|es|ing) with|work(s|ing)? with "
            + "(the )?(social worker|services|professionals|agencies)|accept(s|ing)? (support|a referral|services)"
            + "|be referred|referral to)\\b");

    private final JargonSpotter jargon;
    private final int maxLength;

    public AnswerReview(JargonSpotter jargon, int maxLength) {
        this.jargon = jargon;
        this.maxLength = maxLength;
    }

    /**
     * A re-prompt. A waivable one questions an answer the worker may still stand by (jargon, a service as a
     * goal): sending the same answer again keeps it. The others must be fixed.
     */
    public record Nudge(String text, boolean waivable) {}

    /** Only the length check: applies to every message, including choices and the worker's own wording. */
    public Optional<Nudge> tooLong(String answer) {
        return answer.length() > maxLength
                ? Optional.of(new Nudge("That is longer than I can take in one answer (up to " + maxLength + " characters)."
                        + " I have not kept it. Please send the key facts in a shorter answer; you can add more detail"
                        + " in the case record.", false))
                : Optional.empty();
    }

    /** The first problem with a free-text answer to {@code step}, as a re-prompt; empty when it is fine. */
    public Optional<Nudge> problemWith(Step step, String answer, String childNames) {
        var longAnswer = tooLong(answer);
        if (longAnswer.isPresent()) {
            return longAnswer;
        }
        if (answer.isBlank()) {
            return Optional.of(new Nudge("I did not get an answer there. " + (step.optional()
                    ? "Say \"skip\" if there is nothing to add." : "Could you tell me in a sentence or two?"), false));
        }
        // A person can be one word ("Grandma"); a timescale is judged by the check's own timescale rule; an
        // optional step takes what the worker has ("Muslim", "scared").
        if (answer.strip().split("\\s+").length < 2 && step != Step.NETWORK && step != Step.TIMESCALE
                && !step.optional()) {
            return Optional.of(new Nudge(CoachWording.goodAnswer(step, childNames) + " Say \"example\" to see one.",
                    false));
        }
        // A few words where a step needs the facts ("skye staying out", "mum copes", "budget better"): asked for
        // more, and kept if the worker sends the same again.
        // A two-word label at what makes it harder ("drug debt", "early trauma") or an outcome with no one to see it
        // at how everyone will know ("no more incidents", "core group") is asked about too.
        int minimum = switch (step) {
            case HARM, DOING -> 5;
            case WORKING_WELL, HOW_KNOWN -> 4;
            case COMPLICATING_FACTORS -> 3;
            default -> 0;
        };
        if (answer.strip().split("\\s+").length < minimum) {
            return Optional.of(new Nudge(CoachWording.goodAnswer(step, childNames) + CoachWording.KEEP_IT, true));
        }
        if (step == Step.WORKING_WELL && WorryNotStrength.statesAWorry(answer)) {
            return Optional.of(new Nudge(CoachWording.worryAtWorkingWell(childNames), true));
        }
        var term = jargon.firstIn(answer);
        if (term.isPresent() && LabelBeforeNoun.aLabelForWhatHappened(term.get().plainAlternative())) {
            // "DA", "neglect": a label asks for what happened, in the list's own words, never quoted as words to use.
            String advice = term.get().plainAlternative().strip();
            return Optional.of(new Nudge("You used \"" + term.get().term() + "\", which families may not understand. Could you"
                    + " " + advice + "? (Send the same answer again to keep it as it is.)", true));
        }
        if (term.isPresent()) {
            return Optional.of(new Nudge("You used \"" + term.get().term() + "\", which families may not understand. Plain words"
                    + " work better, for example " + quoted(term.get().plainAlternative()) + ". Could you say it again in"
                    + " everyday words? (Send the same answer again to keep it as it is.)", true));
        }
        if (step == Step.DOING && SERVICE.matcher(answer).find()) {
            return Optional.of(new Nudge("That sounds like a service to attend rather than something the family will be seen"
                    + " doing. Going to a course does not show " + childNames + " is safe; what people do differently"
                    + " every day does. What will they be doing, that others could see? For example \"Mum will check"
                    + " who is at the door before opening it, and Grandma will stay over on Friday nights.\" (Send the"
                    + " same answer again to keep it.)", true));
        }
        return Optional.empty();
    }

    /** A plain alternative that quotes its own words ("\"doctor\" or \"family doctor\"") is not quoted again. */
    private static String quoted(String plain) {
        return plain.startsWith("\"") ? plain : "\"" + plain + "\"";
    }
}
