package org.practiceassistant.check.jargon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JargonListTest {

    @Test
    void findsAcronymsAsWrittenAndPhrasesByStem() {
        var found = TestJargon.LIST.find("Kelly is not engaging with services and there was DV; the sw said cp plan.");
        assertThat(found).extracting(JargonMatch::found).containsExactly("engaging with services", "DV");
        assertThat(found.get(1).entry().plain()).contains("say what happened");
    }

    @Test
    void acronymsDoNotMatchInsideWords() {
        assertThat(TestJargon.LIST.find("DVD players and CPU fans, LACE and SWIM")).isEmpty();
    }

    @Test
    void otherSpellingsFindTheSameEntry() {
        var found = TestJargon.LIST.find("A section 47 enquiry followed the s.47 strategy discussion.");
        assertThat(found).extracting(m -> m.entry().term()).containsOnly("s47");
    }

    @Test
    void longestPhraseWinsAtOnePlace() {
        var found = TestJargon.LIST.find("There is a risk of significant harm.");
        assertThat(found).extracting(JargonMatch::found).containsExactly("risk of significant harm");
    }

    @Test
    void errorsNameTheLineOfTheBrokenEntry() {
        String yaml = """
                - term: DV
                  plain: say what happened
                - term: CP
                  note: no plain words here
                """;
        assertThatThrownBy(() -> JargonLoader.load("jargon.yaml", in(yaml)))
                .isInstanceOf(JargonFileException.class)
                .hasMessage("jargon.yaml line 3: entry has no 'plain'");
    }

    @Test
    void unknownFieldsAndDuplicatesAreReportedWithLines() {
        assertThatThrownBy(() -> JargonLoader.load("j.yaml", in("- term: DV\n  plain: x\n  plian: y\n")))
                .hasMessageContaining("j.yaml line 1: unknown field 'plian'");
        assertThatThrownBy(() -> JargonLoader.load("j.yaml", in("- term: DV\n  plain: x\n- term: CP\n  plain: y\n  also: [DV]\n")))
                .hasMessageContaining("j.yaml line 3: 'DV' is listed twice");
        assertThatThrownBy(() -> JargonLoader.load("j.yaml", in("term: DV\n")))
                .hasMessageContaining("expected a list");
        assertThatThrownBy(() -> JargonLoader.load("j.yaml", in("- term: [unclosed\n")))
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void anEntryMayGiveWordsThatStandInItsPlaceWhichCheckLeavesAlone() {
        var list = JargonLoader.load("j.yaml", in("- term: GP\n  plain: the family doctor\n  in_text: family doctor\n"
                + "- term: DV\n  plain: say what happened\n"));
        assertThat(list.entries()).extracting(JargonEntry::inText).containsExactly("family doctor", "");
        assertThat(list.find("The GP saw Ella.")).extracting(JargonMatch::found).containsExactly("GP");
        assertThatThrownBy(() -> JargonLoader.load("j.yaml", in("- term: GP\n  plain: x\n  in_text: [a]\n")))
                .hasMessageContaining("'in_text' must be non-empty text");
    }

    @Test
    void ownMarksATermFamiliesSayOfTheirOwnAndMustBeTrueOrFalse() {
        var list = JargonLoader.load("j.yaml", in("- term: GP\n  plain: doctor\n  own: true\n- term: SW\n  plain: social worker\n"));
        assertThat(list.entries()).extracting(JargonEntry::own).containsExactly(true, false);
        assertThatThrownBy(() -> JargonLoader.load("j.yaml", in("- term: GP\n  plain: doctor\n  own: often\n")))
                .hasMessageContaining("j.yaml line 1: 'own' must be true or false");
    }

    @Test
    void everydayMarksAWordFamiliesUseAndMustBeTrueOrFalse() {
        var list = JargonLoader.load("j.yaml", in("- term: GP\n  plain: doctor\n  everyday: true\n- term: SW\n  plain: social worker\n"));
        assertThat(list.entries()).extracting(JargonEntry::everyday).containsExactly(true, false);
        // Still found by the list, for the drafting coach; Check's criterion is what leaves it out.
        assertThat(list.find("The GP saw Ella.")).extracting(JargonMatch::found).containsExactly("GP");
        assertThatThrownBy(() -> JargonLoader.load("j.yaml", in("- term: GP\n  plain: doctor\n  everyday: often\n")))
                .hasMessageContaining("j.yaml line 1: 'everyday' must be true or false");
    }

    private static ByteArrayInputStream in(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
