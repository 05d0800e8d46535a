package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The twenty-eighth round's finding (blind14 read), in words of our own: a plan's category is left out of what happened
 * and "neonatal abstinence" said in plain words; the rest of the answer stays as typed.
 */
class ReportLabelsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mia on a CP plan category emotional abuse since May|Mia on a CP plan since May",
            "plan under the category of neglect and physical abuse from June|plan from June",
            "Leo born with neonatal abstinence syndrome in March|Leo born with withdrawal from drugs after birth in March",
            "Leo was left without food, which is neglect|Leo was left without food, which is neglect"})
    void labelsAreLeftOutOrSaidPlainly(String typed, String said) {
        assertThat(ReportLabels.said(typed)).isEqualTo(said);
    }
}
