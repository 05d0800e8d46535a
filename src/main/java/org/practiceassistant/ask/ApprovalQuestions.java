package org.practiceassistant.ask;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Questions that ask who gives an approval ("who signs off overnight stays", "who needs to consent to a holiday abroad") or
 * whether one is needed ("do they need delegated authority or the social worker's permission"). The pack says who agrees
 * to a handful of things (consent to a hub referral, the manager's sign-off of an assessment, closure subject to the
 * Practice Manager's agreement); for anything else the passages that share the question's other words (looked after
 * children, placements, reviews) say nothing of who approves it, so showing them would answer a question the pack does
 * not answer. Near-domain questions of this kind recurred on several tuning splits; no answerable one lost its answer.
 *
 * <p>Only an approval word in the passages counts, not a shared subject word: "agreed" plans and "Signs of Safety" are
 * everywhere and say nothing of who approves. Linear in the question and passages (bounded gaps only).
 */
final class ApprovalQuestions {

    /** "who signs off", "who can sign consent", "who authorises", "who needs to consent", "need permission / approval". */
    private static final Pattern ASKS_FOR_AN_APPROVAL = Pattern.compile(
            "\\bwho\\b(?: [\\w']+){0,3} (?:signs?(?: it)? off|signs? (?:for|the|it)|authori[sz]es?|approves?|consents?"
                    + "|gives? permission)\\b"
                    + "|\\b(?:needs?|requires?|get)\\b(?: [\\w']+){0,3} (?:consent|permission|delegated authority|signed off"
                    + "|sign off|approval|authori[sz]ation|authori[sz]ed)\\b");

    /** What a passage that says who approves something uses: consent, sign-off, approval, authorisation, permission. */
    private static final Pattern SAYS_WHO_APPROVES = Pattern.compile(
            "consent|\\bsign(?:s|ed)?(?: it)? off|sign-off|approv|authori[sz]|permission|agreement|delegated");

    private ApprovalQuestions() {}

    /**
     * Whether the (lower-case) question asks who approves something, or whether approval is needed, and none of the
     * best passages speaks of any approval.
     */
    static boolean asksWhoApprovesNoneSays(String question, List<Answer> best) {
        return ASKS_FOR_AN_APPROVAL.matcher(question).find() && best.stream().noneMatch(answer ->
                SAYS_WHO_APPROVES.matcher((answer.section() + " " + answer.text()).toLowerCase(Locale.ROOT)).find());
    }
}
