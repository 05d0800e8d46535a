package org.practiceassistant.check.rules;

import java.util.Optional;
import java.util.regex.Pattern;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Lexicon;

/** The plan says what will happen if it is not followed or the goals are not met. */
final class ContingencyCriterion extends PlanPartCriterion {

    private static final Pattern INLINE = Pattern.compile("(?i)\\b(?:contingency|if (?:the|this) (?:safety )?plan "
            + "(?:is not|isn't|breaks|is broken|does not work|doesn't work)|if (?:the )?(?:safety )?goals are not (?:met|achieved)|"
            + "if things go wrong|if (?:mum|dad|the parents|(?-i:\\p{Lu}\\p{Ll}+)) (?:does not|doesn't|do not|don't) (?:keep|follow|stick))"
            + "[^\\n]{10,}");

    ContingencyCriterion() {
        super(CriterionId.CONTINGENCY, Sources.PLAN_CONTINGENCY, PlanSection.CONTINGENCY,
                "Add a contingency plan: what will happen, and who will do it, if the plan is not followed or the goals are "
                        + "not met, for example \"If Mark comes to the house drunk, Kelly will ring Gran and the police\".");
    }

    /* Words that only promise to think again: "We will consider next steps", "review the plan". */
    private static final Lexicon VAGUE = Lexicon.of("consider", "next steps", "review", "reviewed", "discuss", "discussed",
            "think about", "look at", "look again", "decide", "escalate", "escalated", "reassess", "monitor", "tbc", "to be agreed",
            "to be confirmed", "explore", "if needed", "as needed");
    /* What actually happens: someone is called, a child goes somewhere, the court or a conference is asked. */
    private static final Lexicon CONSEQUENCES = Lexicon.of("police", "court", "legal", "plo", "public law", "conference",
            "strategy", "move", "stay with", "go to", "live with", "leave", "removed", "foster",
            // "into care", not "care" alone: "at the next care team meeting" names a meeting, it is no consequence.
            "into care", "in care", "care proceedings", "ring", "call",
            "phone", "text", "contact", "collect", "take", "pick up", "come round", "come over", "emergency duty", "999",
            "out of hours", "refuge", "accommodated", "section 20", "child protection");

    /**
     * A contingency says what will happen: a consequence or something someone will do. Only promising to
     * think again ("we will consider next steps") is not one; words that are neither are given the benefit.
     */
    @Override
    boolean meets(String words) {
        AnalysedText text = AnalysedText.of(words);
        // "We will look again at the plan": a doing verb that only promises to think again is no action.
        boolean concrete = CONSEQUENCES.all(text).stream().anyMatch(m -> !onlyThoughtAbout(text, m)) || GoalClauses.of(text).stream()
                .anyMatch(c -> !c.negated() && c.action() == GoalClauses.Action.OBSERVABLE
                        && VAGUE.first(text, c.verbToken(), Math.min(text.tokens().size(), c.verbEnd() + 2)).isEmpty());
        return concrete || VAGUE.first(text).isEmpty();
    }

    /*
     * Words that put what follows them in the sentence up for thought, not action: "will consider escalating to the PLO".
     * Not "discuss": "the SW will discuss with her manager the same week whether a strategy discussion is needed" is a
     * meeting someone will hold (the tune4 reader passed it).
     */
    private static final Lexicon THINKING = Lexicon.of("consider", "considered", "consideration", "think about", "explore",
            "decide whether", "look at whether");

    /*
     * "the LA will consider escalating to the PLO and seek legal advice as necessary": a consequence said after a word of
     * thinking about it, in the same sentence, is only being thought about.
     */
    private static boolean onlyThoughtAbout(AnalysedText text, Lexicon.Match consequence) {
        int s = text.tokens().get(consequence.firstToken()).sentence();
        // "LA to consider next steps incl. PLO.": the sentence splitter ends a sentence at a shortening's full stop
        // ("incl.", "e.g."), so a sentence that opens in small letters or capitals only goes on from the one before.
        if (s > 0 && continuesSentence(text, s)) {
            s--;
        }
        int sentence = text.sentences().get(s).firstToken();
        return THINKING.first(text, sentence, consequence.firstToken()).isPresent();
    }

    private static final java.util.Set<String> SHORTENINGS = WordLists.stems("incl", "inc", "eg", "e.g", "ie", "i.e", "re", "etc");

    /* The sentence before {@code s} ends in a shortening ("incl.", "e.g."): {@code s} is the rest of it. */
    private static boolean continuesSentence(AnalysedText text, int s) {
        int first = text.sentences().get(s).firstToken();
        return first > 0 && SHORTENINGS.contains(text.tokens().get(first - 1).stem());
    }

    @Override
    Optional<String> inText(ParsedPlan plan) {
        if (plan.section(PlanSection.CONTINGENCY).stream().anyMatch(item -> !item.isBlank())) {
            // The plan's own contingency part says only "we will look at other options": that is its contingency, and a
            // conditional elsewhere ("If the older lads turn up, Jordan will ring Sue", a goal's own safety step) does not
            // stand in for it (blind10's plan-09).
            return Optional.empty();
        }
        Optional<String> inline = find(INLINE, plan.text().text());
        return inline.isPresent() ? inline : conditionalAction(plan).or(() -> conditionalRow(plan));
    }

    /*
     * "| If Nicola takes too many tablets again ...: Riley goes to Marcus's straight away; Fiona and her manager meet the
     * family within 2 working days ... | Fiona, Marcus, Nicola | Straight away if needed |": a row of the action table
     * that opens with a condition and then says who does what is the plan's contingency, in whatever tense it is written.
     */
    private static Optional<String> conditionalRow(ParsedPlan plan) {
        for (PlanAction action : plan.actions()) {
            String what = action.what().strip();
            if (what.length() > MAX_SENTENCE_CHARS || what.length() < 3 || !what.regionMatches(true, 0, "if ", 0, 3)) {
                continue;
            }
            AnalysedText text = AnalysedText.of(what);
            if (NOTHING_CHANGES.at(text, 0).isPresent()) {
                continue;
            }
            int split = firstOf(what, ':', ',');
            if (split < 0) {
                continue;
            }
            boolean someoneActs = GoalClauses.of(text).stream().anyMatch(c -> text.tokens().get(c.actorToken()).start() > split
                    && !c.negated() && c.action() == GoalClauses.Action.OBSERVABLE);
            if (someoneActs) {
                return Optional.of(what);
            }
        }
        return Optional.empty();
    }

    /** The first of two marks in {@code text}, or -1. */
    private static int firstOf(String text, char a, char b) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == a || text.charAt(i) == b) {
                return i;
            }
        }
        return -1;
    }

    /* "If nothing changes, ..." is a danger statement's future, not what the plan does when it is not kept. */
    private static final Lexicon NOTHING_CHANGES = Lexicon.of("if nothing changes", "if things do not change",
            "if things don't change", "if this continues", "if this carries on", "if things carry on", "if this happens again");
    private static final java.util.Set<String> IF = WordLists.stems("if");
    /* Each candidate is looked for in the danger statements: a bounded number keeps a long text linear. */
    private static final int MAX_CANDIDATES = 40;
    private static final java.util.Set<String> WILL = WordLists.stems("will");

    /* A conditional action is one sentence: one longer than this is a run-on paste, not a contingency, and is not compared. */
    private static final int MAX_SENTENCE_CHARS = 600;

    /**
     * "If Oscar is still missing more than 2 days a fortnight by 28 April, Precious will talk with Danielle ...":
     * a sentence that opens with a condition and goes on to someone who will act, outside the danger statements.
     * Each sentence is read once, from its first word to its end, so the search is linear in the text: the comma and
     * the "will" after it are looked for inside the sentence only, never in the text beyond it.
     */
    private static Optional<String> conditionalAction(ParsedPlan plan) {
        AnalysedText text = plan.text();
        int candidates = 0;
        for (int s = 0; s < text.sentences().size() && candidates < MAX_CANDIDATES; s++) {
            AnalysedText.Sentence sentence = text.sentences().get(s);
            if (sentence.endToken() - sentence.firstToken() < 6 || sentence.end() - sentence.start() > MAX_SENTENCE_CHARS
                    || !IF.contains(text.tokens().get(sentence.firstToken()).stem())
                    || NOTHING_CHANGES.at(text, sentence.firstToken()).isPresent()) {
                continue;
            }
            int comma = commaIn(text.text(), text.tokens().get(sentence.firstToken()).start(), sentence.end());
            if (comma < 0) {
                continue;
            }
            boolean willAfterComma = false;
            for (int i = sentence.firstToken(); i < sentence.endToken() && !willAfterComma; i++) {
                willAfterComma = text.tokens().get(i).start() > comma && WILL.contains(text.tokens().get(i).stem());
            }
            candidates++;
            String said = text.sentenceText(s);
            if (willAfterComma && plan.dangerStatements().stream().noneMatch(d -> d.contains(said))) {
                return Optional.of(said);
            }
        }
        return Optional.empty();
    }

    /** The first comma from {@code from} up to (not including) {@code end}, or -1: never looks past the sentence. */
    private static int commaIn(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            if (text.charAt(i) == ',') {
                return i;
            }
        }
        return -1;
    }
}
