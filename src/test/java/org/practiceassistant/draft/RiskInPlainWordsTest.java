package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/**
 * A fear written as the name of a risk ("risk of placement breakdown") is said as what could happen to the one child, in
 * everyday words, the rest kept as typed; in words of our own.
 */
class RiskInPlainWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "risk of placement breakdown, possible resi|Jo could have to move home again, possible resi",
            "Risk of exploitation by older lads|Jo could be exploited by older lads",
            "at risk of sexual exploitation|Jo could be sexually exploited",
            "high risk of going missing again|Jo could go missing again",
            "risk of homelessness|Jo could become homeless",
            "risk of school exclusion by Easter|Jo could be excluded from school by Easter"})
    void aRiskNamedIsSaidAsWhatCouldHappenToTheChild(String fear, String said) {
        assertThat(RiskInPlainWords.said(fear, List.of("Jo"))).isEqualTo(said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "risk of placement breakdown|Jo,Sam", // two children: whose placement is not said
            "risk of harm|Jo", // a name with no one meaning: left for the coach to ask about
            "risk of exploitations|Jo",
            "Jo will be at risk of exploitation|Jo"})
    void otherFearsAreKeptAsTyped(String fear, String children) {
        assertThat(RiskInPlainWords.said(fear, List.of(children.split(",")))).isEqualTo(fear);
    }

    @Test
    void checkReadsItAsWhatCouldHappenToTheChild() {
        String before = "The foster carers and I are worried that if nothing changes, risk of placement breakdown. This is"
                + " because Jo punched a hole in his bedroom door on 2 October.";
        String after = "The foster carers and I are worried that if nothing changes, "
                + RiskInPlainWords.said("risk of placement breakdown", List.of("Jo")) + ". This is because Jo punched a hole"
                + " in his bedroom door on 2 October.";
        assertThat(impactOnChild(before)).isEqualTo(CheckStatus.FAIL);
        assertThat(impactOnChild(after)).isEqualTo(CheckStatus.PASS);
        assertThat(RealChecker.CHECKER.check(DraftKind.DANGER_STATEMENT, after).allMet()).as(after).isTrue();
    }

    private static CheckStatus impactOnChild(String statement) {
        return RealChecker.CHECKER.check(DraftKind.DANGER_STATEMENT, statement).checks().stream()
                .filter(c -> c.id().equals("impact-on-child")).findFirst().orElseThrow().status();
    }
}
