package org.practiceassistant.check.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Lexicon;

/** The plan records what the child says: their views, wishes and worries in their own words. */
final class VoiceOfChildCriterion extends PlanPartCriterion {

    private static final String SPEECH = "(?:said|says|told|tells|has told|has said|wants|would like|wishes|does not want|"
            + "doesn't want|likes|loves|worries|is worried|feels|drew|wrote|scored|would love|asked)";
    private static final Pattern CHILD_NOUN_SPEAKS = Pattern.compile(
            "\\b(?:the child|the children|the baby|the young person|the girls|the boys|both children)\\s+" + SPEECH + "\\b",
            Pattern.CASE_INSENSITIVE);

    VoiceOfChildCriterion() {
        super(CriterionId.VOICE_OF_CHILD, Sources.PLAN_VOICE_OF_CHILD, PlanSection.VOICE_OF_CHILD,
                "Record what the child has said, in their own words where you can (for example from three houses work), "
                        + "and what they want to be different.");
    }

    /* "Summer-Rose too young to give her views. Logan pre-verbal.": a voice section that records no voice. */
    private static final Lexicon NO_VOICE = Lexicon.of("too young", "pre-verbal", "preverbal", "non-verbal", "not able to say",
            "unable to say", "not seen", "not yet seen", "not been seen", "not yet been seen", "not spoken to", "not been spoken to", "declined to", "not known",
            "not verbal", "reluctant to talk", "did not want to talk", "would not talk", "not able to talk");

    /**
     * Words under a voice heading meet it unless they only say why there is no voice, with nothing the child said
     * ("Evie is pre-verbal. Tommy is too young to give his views."). A baby too young for words is still heard when
     * the plan says how instead: "Isla is too young to tell us in words, so we watch her".
     */
    @Override
    boolean meets(String words) {
        AnalysedText text = AnalysedText.of(words);
        java.util.List<Lexicon.Match> noVoice = NO_VOICE.all(text);
        if (noVoice.isEmpty() || hasQuote(words)) {
            return true;
        }
        // The way the child is heard instead is said after why they cannot say ("Leo is too young to tell us. We have seen
        // him ..."); a child observed before another is called pre-verbal is no view recorded for the one who cannot speak.
        int last = noVoice.get(noVoice.size() - 1).endToken();
        return HEARD_INSTEAD.first(text, last, text.tokens().size()).isPresent();
    }

    /*
     * "..., so we watch her", "so we look at how he is with each of us": the way the child is heard without words. The
     * handbook asks, where a child is too young or cannot say, for observations made and recorded instead ("Ben has seen her
     * being cuddled ... and she settles quickly"): a part that records what was seen hears the child; "too young to tell us"
     * alone does not.
     */
    private static final Lexicon HEARD_INSTEAD = Lexicon.of("so we watch", "so we look at", "so we observe", "so we notice",
            "shows us", "tells us by", "lets us know by", "have seen her", "have seen him", "has seen her", "has seen him",
            "have observed", "has observed", "was observed", "observed her", "observed him", "we watched", "we noticed",
            "was seen to", "is seen to", "were seen to");

    private static boolean hasQuote(String words) {
        return words.indexOf('"') >= 0 || words.indexOf('\u201C') >= 0;
    }

    @Override
    Optional<String> inText(ParsedPlan plan) {
        Optional<String> quotedLine = childsQuotedLine(plan);
        if (quotedLine.isPresent()) {
            return quotedLine;
        }
        String text = plan.text().text();
        for (String child : plan.childNames()) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(child) + "(?:\\s+\\(\\d+\\))?\\s+(?:has\\s+|also\\s+)?" + SPEECH
                    + "\\b[^.\\n]*").matcher(text);
            while (m.find()) {
                if (!isGoalOutcome(plan, text, m.start(), m.group())) {
                    return Optional.of(m.group());
                }
            }
        }
        Matcher m = CHILD_NOUN_SPEAKS.matcher(text);
        while (m.find()) {
            if (!isGoalOutcome(plan, text, m.start(), m.group())) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }

    private static final Pattern REPORTED = Pattern.compile("(?i)\\b(?:said|says|told|tells|drew|wrote|scored|asked)\\b");
    /* The reporting verb comes straight after the child ("Jade (14) has told"): only the match's opening is read for it. */
    private static final int REPORT_VERB_WITHIN = 40;

    /*
     * "Dean will not drink at home, and Kayden feels safe at home, for the next 6 months": how a goal wants the child's
     * life to be, not what the child said or showed. Such a clause is held to a timescale, or sits in a goal's line.
     */
    private static boolean isGoalOutcome(ParsedPlan plan, String text, int start, String found) {
        if (TimescaleGrammar.findHeldTo(found).isPresent()) {
            return true;
        }
        // "Jade told me ..." is a report of what the child said wherever the plan's layout put it.
        if (REPORTED.matcher(found.substring(0, Math.min(found.length(), REPORT_VERB_WITHIN))).find()) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', start) + 1;
        int lineEnd = text.indexOf('\n', start);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
        return !line.isEmpty() && plan.safetyGoals().stream().map(String::strip).filter(goal -> !goal.isEmpty())
                .anyMatch(goal -> goal.contains(line) || line.contains(goal));
    }

    /* "Kathleen: "I like living on the site"": a line that starts with a child's name, a colon, then their words in quotes. */
    private static Optional<String> childsQuotedLine(ParsedPlan plan) {
        for (String line : plan.text().text().split("\n")) {
            String stripped = line.strip();
            int colon = stripped.indexOf(':');
            if (colon <= 0 || colon > 40 || !hasQuote(stripped.substring(colon))) {
                continue;
            }
            String speaker = Headings.withoutTrailingParenthesis(stripped.substring(0, colon)).strip();
            if (plan.childNames().contains(speaker)) {
                return Optional.of(stripped);
            }
        }
        return Optional.empty();
    }
}
