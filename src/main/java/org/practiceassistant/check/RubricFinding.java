package org.practiceassistant.check;

import java.util.Objects;
import org.practiceassistant.knowledge.Grade;

/**
 * An audit rubric row a draft bears on, and the grade its evidence supports.
 *
 * @param section   the rubric section, for example "7. Child Protection Planning"
 * @param criterion the row, for example "CP – contingency"
 * @param grade     the grade the draft's evidence supports; null when the row is for the manager to judge
 * @param why       the reason, quoting the rubric's descriptor and the draft's evidence
 * @param source    where the row is in the audit rubric
 */
public record RubricFinding(String section, String criterion, Grade grade, String why, String source) {

    public RubricFinding {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(source, "source");
    }

    /** True when the draft cannot show this row (visits made, meetings held on time): the manager judges it. */
    public boolean manual() {
        return grade == null;
    }
}
