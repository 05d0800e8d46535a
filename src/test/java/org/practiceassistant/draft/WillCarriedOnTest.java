package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The twenty-eighth round's finding (blind14 read), in words of our own: a listed fear that drops "will" after its first
 * part ("mental health get worse") is said with the word carried on, which Check reads as what will happen, not a vague
 * escalation; a part with a verb of its own, a pronoun or a condition is left as typed.
 */
class WillCarriedOnTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sam will owe more to older boys, his sleep get worse|Sam will owe more to older boys, his sleep will get worse",
            "Mia could be hurt, and school place end|Mia could be hurt, and school place could end",
            "Sam will owe more, they get angry|Sam will owe more, they get angry",
            "Sam will owe more, his sleep gets worse|Sam will owe more, his sleep gets worse",
            "mum gets low, Sam will go without|mum gets low, Sam will go without",
            "Sam will owe more, if it goes on he will run|Sam will owe more, if it goes on he will run"})
    void theFirstPartsWordIsCarriedOnToAPartWithoutOne(String fear, String said) {
        assertThat(WillCarriedOn.said(fear)).isEqualTo(said);
    }

    @org.junit.jupiter.api.Test
    void theCarriedOnFearPassesCheckWhereTheBareOneDidNot() {
        String fear = "Sam will get more in debt to older boys, mental health get worse";
        String opening = "Dad and I are worried that if nothing changes, ";
        String because = ". This is because Sam is smoking weed every night and dad found bags in his room.";
        var kind = org.practiceassistant.check.DraftKind.DANGER_STATEMENT;
        assertThat(RealChecker.CHECKER.check(kind, opening + fear + because).allMet()).isFalse();
        assertThat(RealChecker.CHECKER.check(kind, opening + WillCarriedOn.said(fear) + because).allMet()).isTrue();
    }
}
