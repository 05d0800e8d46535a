package org.practiceassistant.check.rules;

import java.util.Set;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Lexicon;

/**
 * A safety goal says what the child will experience: "so that Jack feels safe", "so Amir gets to school
 * on time", "Jack is safe". Outcomes count when the child is their subject, or in the goal's
 * consequence ("so that", "which means"), not when they describe an adult ("Dean will not sleep on the sofa").
 */
final class ChildOutcomeCriterion extends Criterion<AnalysedText> {

    private static final Lexicon OUTCOMES = Lexicon.of("safe", "safely", "feel", "feels", "happy", "calm", "settled",
            "looked after", "cared for", "fed", "clean", "warm", "healthy", "well", "go to school", "get to school",
            "gets to school", "at school", "in school", "on time", "sleep", "sleeps", "asleep", "eat", "meals", "breakfast",
            "grow up", "know", "enjoy", "play", "protected", "loved", "relaxed", "routine", "bedtime", "in bed", "friends",
            "learn", "confident", "thrive", "quiet", "peaceful", "comfortable", "stay", "stays", "live", "lives");

    private static final Lexicon CONSEQUENCE = Lexicon.of("so", "so that", "which means", "this means", "meaning",
            "in order that", "we will know", "will know that", "know that", "and can", "enabling", "enable", "allowing", "helping");

    /* Between a child and their outcome: "Jack will always be safe", "Lily feels". */
    private static final Set<String> LINKS = WordLists.stems("will", "is", "are", "be", "can", "always", "feel", "feels",
            "gets", "get", "goes", "go", "stays", "stay", "has", "have", "and");

    private static final int CONSEQUENCE_REACH = 4;
    private static final Set<String> PRONOUNS = WordLists.stems("he", "she", "they");
    private static final Set<String> WILL_BE = WordLists.stems("will");
    private static final Set<String> BE = WordLists.stems("be");

    private final Wording wording;

    ChildOutcomeCriterion(Wording wording) {
        super(CriterionId.CHILD_OUTCOME, Sources.PLAN_SAFETY_GOALS);
        this.wording = wording;
    }

    @Override
    CriterionResult check(AnalysedText text) {
        for (Lexicon.Match marker : CONSEQUENCE.all(text)) {
            int sentenceEnd = text.sentences().get(text.tokens().get(marker.firstToken()).sentence()).endToken();
            int reach = Math.min(sentenceEnd, marker.endToken() + CONSEQUENCE_REACH);
            for (int i = marker.endToken(); i < reach; i++) {
                // After "so" a pronoun is the child the goal is for: "so he can stay in class".
                if (isChild(text, i) || PRONOUNS.contains(text.tokens().get(i).stem())) {
                    return pass(quoted(Spans.around(text, marker.firstToken(), Math.min(sentenceEnd, i + 4), 0, 0)));
                }
            }
        }
        for (int i = 0; i < text.tokens().size(); i++) {
            if (!isChild(text, i)) {
                continue;
            }
            int j = i + 1;
            int sentence = text.tokens().get(i).sentence();
            while (j < text.tokens().size() && j - i <= 3 && text.tokens().get(j).sentence() == sentence
                    && OUTCOMES.at(text, j).isEmpty() && LINKS.contains(text.tokens().get(j).stem())) {
                j++;
            }
            if (j < text.tokens().size() && text.tokens().get(j).sentence() == sentence && OUTCOMES.at(text, j).isPresent()) {
                return pass(quoted(Spans.around(text, i, OUTCOMES.at(text, j).get().endToken(), 0, 3)));
            }
            // "Rosie will be held gently": the child as the one something is done for is what they will experience.
            if (i + 2 < text.tokens().size() && text.tokens().get(i + 2).sentence() == sentence
                    && WILL_BE.contains(text.tokens().get(i + 1).stem()) && BE.contains(text.tokens().get(i + 2).stem())
                    && WordLists.NEGATIONS.at(text, i + 1).isEmpty()
                    && !(i + 3 < text.tokens().size() && WordLists.SERVICE_PASSIVES.contains(text.tokens().get(i + 3).stem()))) {
                return pass(quoted(Spans.around(text, i, Math.min(text.tokens().size(), i + 6), 0, 0)));
            }
            // "Alfie will tell his teacher ...", "Jamal will come home to a grown-up who is awake": the child the goal is for
            // (named as "Alfie's mum", "Amelia (9)") is the one who will do it, so it is what they will experience.
            if (childOfTheGoal(text, i) && i + 1 < text.tokens().size()
                    && text.tokens().get(i + 1).sentence() == sentence && WILL_BE.contains(text.tokens().get(i + 1).stem())
                    && !(i + 3 < text.tokens().size() && BE.contains(text.tokens().get(i + 2).stem())
                    && WordLists.SERVICE_PASSIVES.contains(text.tokens().get(i + 3).stem()))) {
                return pass(quoted(Spans.around(text, i, Math.min(text.tokens().size(), i + 6), 0, 0)));
            }
        }
        return fail("", "Say what the child will experience when the " + wording.goal() + " is met, by name, for example \""
                + wording.outcomeExample() + "\".");
    }

    /* The child a goal is for is the one whose family it names: "Alfie's mum Leah", "Amelia (9)", "baby Zofia". */
    private static boolean childOfTheGoal(AnalysedText text, int token) {
        String word = text.text().substring(text.tokens().get(token).start(), text.tokens().get(token).end());
        String name = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        String all = text.text();
        int at = all.indexOf(name + "'s ");
        while (at >= 0) {
            int after = at + name.length() + 3;
            AnalysedText rest = AnalysedText.of(all.substring(after, Math.min(all.length(), after + 20)));
            if (!rest.isBlank() && WordLists.FAMILY.at(rest, 0).isPresent()) {
                return true;
            }
            at = all.indexOf(name + "'s ", after);
        }
        return all.contains(name + " (") && Character.isDigit(all.charAt(Math.min(all.length() - 1, all.indexOf(name + " (") + name.length() + 2)));
    }

    private static boolean isChild(AnalysedText text, int token) {
        return WordLists.CHILD.at(text, token).isPresent() || Spans.isName(text, token);
    }
}
