package org.practiceassistant.check.rules;

import java.util.Optional;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Lexicon;

/** The plan names the family and friends in the safety network, beyond the parents. */
final class NetworkCriterion extends Criterion<ParsedPlan> {

    private static final Lexicon NETWORK_MEMBERS = Lexicon.of("gran", "granny", "grandma", "grandmother", "nan", "nana",
            "nanny", "nanna", "grandad", "grandpa", "grandfather", "grandparents", "aunt", "auntie", "aunty", "uncle", "cousin",
            "godmother", "godfather", "godparent", "neighbour", "friend", "family friend", "pastor", "imam",
            "childminder", "great-grandmother", "great gran", "older sister", "older brother",
            // A sister or brother named who is not one of the plan's children ("his sister Kiara (22)") is family beyond the parents.
            "sister", "brother",
            // "MGF (Phil) supportive": services' letters for a grandparent, named beside them (FamilyLetters).
            "mgm", "pgm", "mgf", "pgf");

    /* "Lauren's dad Brian": a parent's own family is the child's network. */
    private static final java.util.regex.Pattern PARENTS_RELATIVE = java.util.regex.Pattern.compile(
            "\\b(\\p{Lu}\\p{Ll}+)'s\\s+(?:mum|dad|mother|father|sister|brother|partner|aunt|uncle|friend|cousin|nan|gran)\\s+\\p{Lu}\\p{Ll}+");

    /* "Nanna Jean (Dad's mum)": a named person whose tie to a parent is given in brackets is family beyond the parents. */
    private static final java.util.regex.Pattern NAMED_WITH_TIE = java.util.regex.Pattern.compile(
            "\\b\\p{Lu}\\p{Ll}+ \\((?:[Mm]um|[Dd]ad|[Mm]other|[Ff]ather|\\p{Lu}\\p{Ll}+)'s (?:mum|dad|mother|father|sister|brother|"
            + "aunt|uncle|cousin|friend|partner|nan|gran|neighbour)\\)");

    private static final java.util.regex.Pattern CAPITALISED = java.util.regex.Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\b");

    NetworkCriterion() {
        super(CriterionId.NETWORK, Sources.GLOSSARY_FAMILY_NETWORK);
    }

    @Override
    CriterionResult check(ParsedPlan plan) {
        AnalysedText text = plan.text();
        for (Lexicon.Match member : NETWORK_MEMBERS.all(text)) {
            AnalysedText.Sentence s = text.sentences().get(text.tokens().get(member.firstToken()).sentence());
            // "Grandma Sue", "his uncle Dan", "Dan (uncle)": a relative named within three words is a network member.
            boolean named = false;
            for (int t = Math.max(s.firstToken(), member.firstToken() - 3); t < Math.min(s.endToken(), member.endToken() + 3) && !named; t++) {
                named = (t < member.firstToken() || t >= member.endToken()) && Spans.isName(text, t) && !plan.childNames().contains(
                        text.text().substring(text.tokens().get(t).start(), text.tokens().get(t).end()));
            }
            if (named || hasNamedNetworkSection(plan)) {
                return pass(quoted(Spans.around(text, member, 2, 3)));
            }
        }
        // "maternal gran to support", "her aunt will have the boys on Fridays": a relative by role who is given a part in
        // the plan is in the network, named or not.
        for (GoalClauses.Clause clause : GoalClauses.of(text)) {
            if (clause.familyRole() && NETWORK_MEMBERS.at(text, clause.actorToken()).isPresent()) {
                return pass(quoted(clause.quote(text)));
            }
        }
        java.util.regex.Matcher tie = NAMED_WITH_TIE.matcher(text.text());
        if (tie.find()) {
            return pass(quoted(tie.group()));
        }
        java.util.regex.Matcher relative = PARENTS_RELATIVE.matcher(text.text());
        while (relative.find()) {
            if (!plan.childNames().contains(relative.group(1))) {
                return pass(quoted(relative.group()));
            }
        }
        return fail("", "Name the family and friends in the safety network and what each will do, "
                + "for example \"Gran (Pat Hughes) and Kelly's friend Donna\"; the network stays after we close.");
    }

    private static boolean hasNamedNetworkSection(ParsedPlan plan) {
        return plan.section(PlanSection.NETWORK).stream().anyMatch(item -> CAPITALISED.matcher(item).find());
    }
}
