package org.practiceassistant.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.check.RubricFinding;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Clauses;
import org.practiceassistant.knowledge.Grade;
import org.practiceassistant.knowledge.Rubric;
import org.practiceassistant.knowledge.RubricCriterion;
import org.practiceassistant.knowledge.RubricSection;

/**
 * Maps a plan's check results onto the audit rubric rows it bears on (the audit rubric, sections 4 and
 * 7): the grade the plan's evidence supports, quoting the rubric's own descriptor. Rows about what
 * happened around the plan (visits made, meetings held, the child seen alone) are left to the manager.
 * Rows are found in the knowledge pack by their titles; without a pack rubric the titles below are used. A plan gets the
 * rows of its own type ({@link PlanType}): a child protection plan the child protection rows, a child in need plan the
 * child in need row, a plan that says neither all of them.
 */
final class RubricAssessor {

    private static final String CP_SECTION = "7. Child Protection Planning";
    private static final String CHILD_CENTRED = "4. Child Centred Practice";
    private static final String CIN_SECTION = "6. Child in Need Planning";
    private static final String ASSESSMENT = "3. Assessment";

    private final Rubric rubric;

    RubricAssessor(Rubric rubric) {
        this.rubric = rubric;
    }

    List<RubricFinding> assess(ParsedPlan plan, List<CriterionResult> checks) {
        Map<CriterionId, CriterionResult> byId = checks.stream().collect(Collectors.toMap(CriterionResult::criterion, Function.identity(), (a, b) -> a));
        List<RubricFinding> findings = new ArrayList<>();
        PlanType type = PlanType.of(plan.text());
        if (type != PlanType.CHILD_IN_NEED) {
            findings.add(contingency(byId, plan));
            findings.add(graded(CP_SECTION, "child protection", "CP – diversity", byId.get(CriterionId.IDENTITY_AND_DIVERSITY),
                    Grade.GOOD, Grade.INADEQUATE));
            findings.add(graded(CP_SECTION, "child protection", "CP – child's view", byId.get(CriterionId.VOICE_OF_CHILD),
                    Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE));
            findings.add(manual(CP_SECTION, "child protection", "CP – visits",
                    "Whether the child is visited as the plan says, seen alone and the visits recorded is in the case record, not the plan."));
            findings.add(manual(CP_SECTION, "child protection", "CP – Core Groups",
                    "Whether core groups meet on time with good attendance is in the case record, not the plan."));
            findings.add(manual(CP_SECTION, "child protection", "CP – sharing with families",
                    "When the report was shared before conference, and whether the family's comments were gathered, is not in the plan."));
        }
        if (type != PlanType.CHILD_PROTECTION) {
            findings.add(manual(CIN_SECTION, "child in need", "CIN – visiting",
                    "Whether the social worker visits as the plan says is in the case record, not the plan."));
        }
        findings.add(manual(CHILD_CENTRED, "child centred", "Voice of the Child",
                "Whether the child was seen alone and direct work was done is in the case record; the plan only shows what was recorded."));
        return findings;
    }

    /**
     * The rows a single statement or goal bears on. A goal is the outcome the assessment's Outcomes row
     * grades: clear when it says what the child will experience, what people will be doing and by when
     * ("Clearly identifies outcomes", the rubric's Requires improvement; Good also needs the rationale,
     * which lies outside the goal). A statement is part of the analysis the Analysis and plans row
     * grades, which the manager judges with the whole assessment.
     */
    List<RubricFinding> assessSingle(DraftKind kind, List<CriterionResult> checks) {
        Map<CriterionId, CriterionResult> byId = checks.stream().collect(Collectors.toMap(CriterionResult::criterion, Function.identity(), (a, b) -> a));
        if (kind.isGoal()) {
            List<String> missing = java.util.stream.Stream.of(CriterionId.CHILD_OUTCOME, CriterionId.OBSERVABLE_BEHAVIOUR,
                    CriterionId.TIMESCALE).filter(id -> byId.get(id).status() != CheckStatus.PASS).map(RubricAssessor::said).toList();
            return List.of(missing.isEmpty()
                    ? finding(ASSESSMENT, "assessment", "Outcomes", Grade.REQUIRES_IMPROVEMENT,
                            "the " + kind.term() + " says what the child will experience, what people will be doing and by when; "
                                    + "Good also needs the rationale, which is in the assessment, not the goal")
                    : finding(ASSESSMENT, "assessment", "Outcomes", Grade.INADEQUATE,
                            "the " + kind.term() + " does not make the outcome clear (not met: " + String.join("; ", missing) + ")"));
        }
        List<String> missing = java.util.stream.Stream.of(CriterionId.WHO_IS_WORRIED, CriterionId.SPECIFIC_BEHAVIOUR,
                CriterionId.IMPACT_ON_CHILD, CriterionId.FUTURE_IF_NOTHING_CHANGES).filter(id -> byId.get(id).status() != CheckStatus.PASS)
                .map(RubricAssessor::said).toList();
        return List.of(manual(ASSESSMENT, "assessment", "Analysis and plans", "the grade is for the whole assessment; this "
                + kind.term() + (missing.isEmpty() ? " gives it a clear worry: who is worried, what happened and what it could mean for the child."
                : " leaves the analysis weaker (not met: " + String.join("; ", missing) + ").")));
    }

    private RubricFinding contingency(Map<CriterionId, CriterionResult> byId, ParsedPlan plan) {
        CriterionResult contingency = byId.get(CriterionId.CONTINGENCY);
        CriterionResult shared = byId.get(CriterionId.SHARED_WITH_FAMILY);
        Grade grade;
        String because;
        if (contingency.status() != CheckStatus.PASS) {
            grade = Grade.INADEQUATE;
            because = "the plan has no contingency plan";
        } else if (shared.status() != CheckStatus.PASS) {
            grade = Grade.REQUIRES_IMPROVEMENT;
            because = "the plan has a contingency plan (" + contingency.evidence() + ") but does not show the parents know about it";
        } else if (sharedWithProfessionals(plan) && contingencyIsSpecific(plan)) {
            grade = Grade.OUTSTANDING;
            because = "the contingency plan says who does what (" + contingency.evidence() + ") and the plan was shared with the family and professionals ("
                    + shared.evidence() + ")";
        } else {
            grade = Grade.GOOD;
            because = "the plan has a contingency plan (" + contingency.evidence() + ") and was shared with the family (" + shared.evidence() + ")";
        }
        return finding(CP_SECTION, "child protection", "CP – contingency", grade, because);
    }

    /* "copies sent to the school": a sharing word, then professionals later in the same clause. */
    private static final Pattern SHARED = Pattern.compile("(?i)\\b(?:shared|copy|copies|sent|agreed)\\b");
    private static final Pattern WITH_PROFESSIONALS = Pattern.compile(
            "(?i)\\b(?:core group|professionals|school|health visitor|network and professionals|everyone)\\b");

    private static boolean sharedWithProfessionals(ParsedPlan plan) {
        return Clauses.followedInClause(SHARED, WITH_PROFESSIONALS, plan.text().text());
    }

    private static boolean contingencyIsSpecific(ParsedPlan plan) {
        return plan.section(PlanSection.CONTINGENCY).stream().anyMatch(item -> {
            AnalysedText text = AnalysedText.of(item);
            return item.toLowerCase(Locale.ROOT).contains("if ") && (WordLists.FAMILY.first(text).isPresent()
                    || WordLists.PROFESSIONALS.first(text).isPresent() || Spans.firstPerson(text, 0, text.wordCount()).isPresent());
        });
    }

    private RubricFinding graded(String sectionTitle, String sectionKey, String criterionTitle, CriterionResult check,
                                 Grade whenMet, Grade whenNotMet) {
        boolean met = check.status() == CheckStatus.PASS;
        String because = met ? "the plan shows it: " + check.evidence() : "the plan does not show it (not met: " + said(check.criterion()) + ")";
        return finding(sectionTitle, sectionKey, criterionTitle, met ? whenMet : whenNotMet, because);
    }

    /** A criterion as a reader says it, from its own label ("says who is worried"), never its wire id. */
    private static String said(CriterionId id) {
        String label = id.label();
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    private RubricFinding finding(String sectionTitle, String sectionKey, String criterionTitle, Grade grade, String because) {
        Optional<Located> located = locate(sectionKey, criterionTitle);
        String descriptor = located.flatMap(l -> l.criterion().descriptor(grade)).map(d -> " The rubric's " + grade.displayName()
                + " descriptor: \"" + d + "\"").orElse("");
        return new RubricFinding(located.map(l -> l.section().title()).orElse(sectionTitle),
                located.map(l -> l.criterion().title()).orElse(criterionTitle), grade,
                "Supports " + grade.displayName() + ": " + because + "." + descriptor, source(located, sectionTitle, criterionTitle));
    }

    private RubricFinding manual(String sectionTitle, String sectionKey, String criterionTitle, String why) {
        Optional<Located> located = locate(sectionKey, criterionTitle);
        return new RubricFinding(located.map(l -> l.section().title()).orElse(sectionTitle),
                located.map(l -> l.criterion().title()).orElse(criterionTitle), null,
                "Your judgement: " + why, source(located, sectionTitle, criterionTitle));
    }

    /* As the reader finds it in the rubric: its title, the section and the row, as the pack names them. */
    private static String source(Optional<Located> located, String sectionTitle, String criterionTitle) {
        return "Audit rubric, " + located.map(l -> l.section().title()).orElse(sectionTitle) + ": "
                + located.map(l -> l.criterion().title()).orElse(criterionTitle);
    }

    private record Located(RubricSection section, RubricCriterion criterion) {}

    private Optional<Located> locate(String sectionKey, String criterionTitle) {
        String wanted = normalise(criterionTitle);
        for (RubricSection section : rubric.sections()) {
            if (!normalise(section.title()).contains(normalise(sectionKey))) {
                continue;
            }
            for (RubricCriterion criterion : section.criteria()) {
                if (normalise(criterion.title()).equals(wanted)) {
                    return Optional.of(new Located(section, criterion));
                }
            }
        }
        return Optional.empty();
    }

    private static String normalise(String title) {
        return title.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^a-z0-9' ]", " ").replaceAll("\\s+", " ").strip();
    }
}
