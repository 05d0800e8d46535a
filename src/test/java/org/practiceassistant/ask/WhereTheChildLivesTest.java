package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Where a child lives, said as context, is taken out of what is searched; an English or pack word in the same place, or a
 * name standing anywhere else, is kept. Names here are made up for the test, not taken from a split.
 */
class WhereTheChildLivesTest {

    private static final Set<String> PACK = Set.of("placement", "foster", "carers", "visit", "kinship");

    private final WhereTheChildLives clause = new WhereTheChildLives(
            new OtherAuthorities(PACK::contains)::isName);

    @Test
    void aPlaceWhereTheChildLivesIsNoPartOfTheSearch() {
        assertThat(clause.without("lac child placed in walsall – how often should i visit"))
                .isEqualTo("lac child – how often should i visit");
        assertThat(clause.without("cp plan, child living at dudley with nan, who does the visits"))
                .isEqualTo("cp plan, child with nan, who does the visits");
        assertThat(clause.without("kid based out in telford, do i still do the pep")).isEqualTo("kid , do i still do the pep");
    }

    @Test
    void anEnglishOrPackWordWhereAPlaceWouldStandIsKept() {
        assertThat(clause.without("child placed in foster care, how often do i visit"))
                .isEqualTo("child placed in foster care, how often do i visit");
        assertThat(clause.without("lives at home with mum, is it cin")).isEqualTo("lives at home with mum, is it cin");
        assertThat(clause.without("placed in kinship, who assesses")).isEqualTo("placed in kinship, who assesses");
    }

    @Test
    void aNameThatIsNotWhereTheChildLivesIsKept() {
        assertThat(clause.without("does walsall use signs of safety")).isEqualTo("does walsall use signs of safety");
        assertThat(clause.without("moving to telford, new LA timescale")).isEqualTo("moving to telford, new LA timescale");
    }

    @Test
    void aQuestionThatIsOnlyWhereIsSearchedAsAsked() {
        assertThat(clause.without("placed in walsall")).isEqualTo("placed in walsall");
    }
}
