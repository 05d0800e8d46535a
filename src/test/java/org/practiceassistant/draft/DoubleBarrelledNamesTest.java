package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hyphenated first names, in our own words: known whole, written whole with their capitals, wherever they are typed. */
class DoubleBarrelledNamesTest {

    private static final JargonSpotter NONE = text -> java.util.Optional.empty();

    @Test
    void aKnownDoubleBarrelledNameTypedInLowerCaseGetsBothCapitals() {
        assertThat(ProperNames.capitalised("if nothing changes, ava-rose will be hurt and ava-rose's brother will see it",
                List.of("Ava-Rose"))).isEqualTo("if nothing changes, Ava-Rose will be hurt and Ava-Rose's brother will see it");
        assertThat(ProperNames.capitalised("a well-known place near mary-jo's", List.of("mary-jo")))
                .as("only the names the mapping knows").isEqualTo("a well-known place near Mary-Jo's");
    }

    @Test
    void aDoubleBarrelledNameInTheNetworkOrAfterAParentIsKnownWhole() {
        assertThat(ProperNames.inNetwork("nan mary-jo, uncle dev", NONE)).contains("mary-jo", "dev");
        assertThat(ProperNames.afterParent("dad lee-roy came home drunk on friday", NONE)).containsExactly("lee-roy");
    }

    @Test
    void theChildrensAnswerKeepsHyphenatedFirstNames() {
        assertThat(AnswerParsers.children("Ava-Rose Smith-Jones 7 and Lily-Mae 3")).extracting(Child::firstName)
                .containsExactly("Ava-Rose", "Lily-Mae");
    }
}
