package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Misspellings of the pack's words are corrected; known words, names and acronyms never are. */
class QuestionSpellingTest {

    private final QuestionSpelling spelling = AskFixtures.spelling();

    @Test
    void correctsMisspeltPackWordsAndKeepsTheRestOfTheQuestionAsTyped() {
        Spelled spelled = spelling.correct("how do i wirte a decent danger statment, what has to be in it?");

        assertThat(spelled.searched()).isEqualTo("how do i write a decent danger statement, what has to be in it?");
        assertThat(spelled.corrections()).containsExactly(
                new Spelled.Correction("wirte", "write"), new Spelled.Correction("statment", "statement"));
    }

    /** A name in the not-covered list ("Dorset") is matched, never corrected into. */
    @Test
    void neverCorrectsIntoANameTheNotCoveredListGives() {
        assertThat(spelling.correct("kid dorsnt like their new sw - can we change").searched()).doesNotContain("dorset");
        assertThat(AskConfiguration.isAName("Tower Hamlets")).isTrue();
        assertThat(AskConfiguration.isAName("HR")).isFalse();
        assertThat(AskConfiguration.isAName("county hall")).isFalse();
    }

    @Test
    void correctsSwappedAndDroppedLetters() {
        Spelled spelled = spelling.correct("how many days have i got to do the frist home visit on a new assesment");

        assertThat(spelled.searched()).isEqualTo("how many days have i got to do the first home visit on a new assessment");
    }

    @Test
    void prefersThePacksCommonerWordAmongEquallyCloseOnes() {
        // "plain" and "plan" are both one edit from "plaan"; the pack says "plan" far more often.
        assertThat(spelling.correct("what can the iro do if the plaan is drifting").searched())
                .isEqualTo("what can the iro do if the plan is drifting");
    }

    @Test
    void prefersTheLikelierSlipAmongEquallyCloseWords() {
        // "most" (a letter changed) is commoner than "month" (a letter missed); "leave" (a letter added) than "leaver"
        // (two letters swapped): the commoner word won both.
        assertThat(spelling.correct("how long after a mont do i review it").searched())
                .isEqualTo("how long after a month do i review it");
        assertThat(spelling.correct("what does a care leavre get").searched()).isEqualTo("what does a care leaver get");
    }

    @Test
    void prefersOfEquallyLikelySlipsTheWordThePackUsesWithItsNeighbours() {
        // "terms" and "teams" are both a letter missed from "tems"; "terms" is the commoner, "teams" the one used of LAC.
        assertThat(spelling.correct("why dont lac tems use danger statements").searched())
                .isEqualTo("why dont lac teams use danger statements");
    }

    @Test
    void readsTheWordAfterHowAsWhatHowAsksForEvenWhenItIsEnglish() {
        assertThat(spelling.correct("how man hours of short breaks").searched()).isEqualTo("how many hours of short breaks");
        assertThat(spelling.correct("how ling does a plan last").searched()).isEqualTo("how long does a plan last");
        assertThat(spelling.correct("how son do i visit").searched()).isEqualTo("how soon do i visit");
        // Neither one slip from a word "how" asks for, nor in lower case: left as typed.
        assertThat(spelling.correct("how are the family doing, how Lang is").searched())
                .isEqualTo("how are the family doing, how Lang is");
        assertThat(Slips.oneEditApart("ofetn", "often")).isTrue();
        assertThat(Slips.oneEditApart("long", "long")).isFalse();
        assertThat(Slips.oneEditApart("lg", "long")).isFalse();
    }

    @Test
    void namesTheSlipThatTurnsTheIntendedWordIntoTheTypedOne() {
        assertThat(Slips.slip("leavre", "leaver")).isEqualTo(Slips.Slip.SWAPPED);
        assertThat(Slips.slip("mont", "month")).isEqualTo(Slips.Slip.MISSED_OR_DOUBLED);
        assertThat(Slips.slip("plaan", "plan")).isEqualTo(Slips.Slip.MISSED_OR_DOUBLED);
        assertThat(Slips.slip("mont", "most")).isEqualTo(Slips.Slip.CHANGED);
        assertThat(Slips.slip("leavre", "leave")).isEqualTo(Slips.Slip.ADDED);
    }

    @Test
    void swapsBackAnEnglishWordThePackNeverUsesThatIsAPackWordWithTwoLettersSwapped() {
        assertThat(spelling.correct("within how many days do review minuets have to go out").searched())
                .isEqualTo("within how many days do review minutes have to go out");
        // "from" is English and the pack's: a known word is never swapped, nor is a capitalised one (a name).
        assertThat(spelling.correct("the form from school").changed()).isFalse();
        assertThat(spelling.correct("what did Minuets say").changed()).isFalse();
        assertThat(spelling.correct("what is a wellbeing gaol").searched()).isEqualTo("what is a wellbeing goal");
        // The first letter is taken as typed: "sued" is not "used".
        assertThat(spelling.correct("parents sued the council").changed()).isFalse();
    }

    @Test
    void correctsASwapAndOneMoreSlipInAWordOfSixOrSevenLetters() {
        assertThat(spelling.correct("what happens with the safety jorunel in review fnms").searched())
                .isEqualTo("what happens with the safety journal in review fnms");
        assertThat(Slips.swappedAndOneMore("jorunel", "journal")).isTrue();
        // Two changed letters, no swap: too many other words are that close.
        assertThat(Slips.swappedAndOneMore("jxurnbl", "journal")).isFalse();
    }

    @Test
    void correctsAThreeLetterWordMissingALetterOfAPackWord() {
        Spelled spelled = spelling.correct("how soo is the pla reviewed when the cas is open");

        assertThat(spelled.searched()).isEqualTo("how soon is the plan reviewed when the case is open");
        assertThat(spelling.correct("when social cre close the case").searched()).isEqualTo("when social care close the case");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "what does the iro do?",                        // a three-letter word of the pack
            "is Cas at school this week",                   // a three-letter name
            "Cas is at school this week",                   // a three-letter name opening the question
            "who is the CAS worker",                        // a three-letter acronym
            "the dsl said to wait"})                        // an unknown acronym missing no letter of a pack word
    void neverChangesAThreeLetterKnownWordNameOrAcronym(String question) {
        Spelled spelled = spelling.correct(question);

        assertThat(spelled.changed()).as(spelled.corrections().toString()).isFalse();
    }

    @Test
    void leavesContractionsTypedWithoutTheirApostropheAlone() {
        // "theres" is one edit from the pack's "themes": it was corrected into it.
        Spelled spelled = spelling.correct("dad keeps saying theres nobody and thats that, shes adamant");

        assertThat(spelled.changed()).as(spelled.corrections().toString()).isFalse();
    }

    @Test
    void leavesWhatTypedInAHurryAlone() {
        // "wats" is one edit from the pack's "ways": it was corrected into it.
        Spelled spelled = spelling.correct("wats the timescale for a c&f assessment");

        assertThat(spelled.corrections()).as(spelled.corrections().toString()).noneMatch(c -> c.typed().equals("wats"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "what is a genogram?",                          // a word of the pack
            "can I claim my pension early?",                // an English word one letter from the pack's "person"
            "what does Kaylah's mum need to do?",           // a name
            "when is the RCPC?", "when is the rcpc?",       // an acronym of the synonyms file, either case
            "is the PLO clock 26 weeks?",                   // an acronym
            "what's a CWD referral?"})
    void neverChangesAKnownWordANameOrAnAcronym(String question) {
        Spelled spelled = spelling.correct(question);

        assertThat(spelled.changed()).as(spelled.corrections().toString()).isFalse();
        assertThat(spelled.searched()).isEqualTo(question);
    }

    // How fast it corrects is a benchmark figure, not a unit test: AskSpeedBenchmark prints it (SpellingCost).
}
