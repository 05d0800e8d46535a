package org.practiceassistant.ask;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes off what frames a Teams question rather than asks it: a greeting, "quick one", "NQSW here -",
 * "my TM said", "my practice educator keeps saying", so that "my TM said I need to do a genogram" searches for a
 * genogram, not for team managers, and who said it is no subject the question asks about. Only the start of the question is looked at, and only these fixed phrases: anything else
 * a practitioner writes is kept; at the end, only who raised the question ("tm mentioned it").
 *
 * <p>Linear: each pattern is anchored at the start, a fixed alternation with no nested repetition, and
 * the question is at most 2,000 characters.
 */
final class QuestionFraming {

    private static final List<Pattern> OPENINGS = List.of(
            Pattern.compile("^(hi|hiya|hey|hello|morning|afternoon|evening)( all| team| everyone| guys| there)?[ ,!.:\\-]+"),
            Pattern.compile("^(sorry[ ,!.]+)?(quick|silly|daft|random|stupid|basic) (one|q|question|query)( for you| here)?[ ,!.:?\\-]+"),
            Pattern.compile("^(i'm |im |i am )?(an? |the )?(nqsw|asye|new sw|new starter|student sw|student social worker|student|agency sw"
                    + "|newly qualified sw|newly qualified social worker|newly qualified)( here)?[ ]*[,:\\-–.!]+ *"),
            Pattern.compile("^(my |our |the )(tm|team manager|manager|pm|practice manager|supervisor|senior|ap|iro|sw"
                    + "|practice educator|pe|mentor|colleague|tutor)"
                    + "( has| just| keeps)? (said|says|saying|told me|telling me|asked me|asked|asking|wants to know|wants me to|wants"
                    + "|reckons|thinks|mentioned)( that)?[ ,:\\-]*"),
            Pattern.compile("^(can|could) (you|someone|anyone) (please )?(tell me|explain|remind me|help me understand|help)[ ,:\\-]*"),
            Pattern.compile("^(does anyone|anyone|does anybody|do you) know[ ,:\\-]*"),
            Pattern.compile("^(just )?(wondering|wondered|checking)[ ,:\\-]*"));

    /**
     * Who raised it, after the question ("can a plan be too smart? tm mentioned it", "... - my manager asked"): framing
     * too. Only after a punctuation mark, and looked for in the last {@link #ENDING_REACH} characters only, so that
     * finding it stays linear however long the question.
     */
    private static final Pattern ENDING = Pattern.compile(
            " *[,.;:?!\\-–(] *(as |because )?(my |our |the )?(tm|team manager|manager|pm|practice manager|supervisor|senior|ap|iro"
                    + "|practice educator|pe|mentor|colleague)( has| just)? (mentioned|mentions|said|says|asked|asks|suggested|raised|told me)"
                    + "( it| this| that| so)?[ .!?)]*$");

    private static final int ENDING_REACH = 80;

    private QuestionFraming() {}

    /** The question without its framing; the question itself when nothing but framing would be left. */
    static String content(String lowerCaseQuestion) {
        String rest = lowerCaseQuestion;
        for (int pass = 0; pass < 3; pass++) {
            String before = rest;
            for (Pattern opening : OPENINGS) {
                Matcher matcher = opening.matcher(rest);
                if (matcher.lookingAt() && matcher.end() < rest.length()) {
                    rest = rest.substring(matcher.end()).stripLeading();
                }
            }
            if (rest.equals(before)) {
                break;
            }
        }
        Matcher ending = ENDING.matcher(rest).region(Math.max(0, rest.length() - ENDING_REACH), rest.length());
        if (ending.find() && ending.start() > 0) {
            rest = rest.substring(0, ending.start());
        }
        return rest.isBlank() ? lowerCaseQuestion : rest;
    }
}
