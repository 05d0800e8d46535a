package org.practiceassistant.channel.turn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandSpellingTest {

    private static final Set<String> COMMANDS = Set.of("check", "draft", "help", "forget", "cancel", "stop", "quit");

    @ParameterizedTest
    @CsvSource({"chek, check", "chekc, check", "cehck, check", "chec, check", "chack, check", "drfat, draft", "darft, draft",
            "draftt, draft", "dfrat, draft", "dratf, draft", "cehkc, check", "hlep, help", "hepl, help", "cancle, cancel", "forgte, forget", "stpo, stop"})
    void aCommandOneSlipAwayIsThatCommand(String typed, String meant) {
        assertThat(CommandSpelling.meant(typed, COMMANDS)).contains(meant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"heck", "daft", "held", "hell", "checks", "drafts", "draw", "step", "quiet", "forgot", "cheque",
            "hep", "ch3ck", "check", "what"})
    void realWordsShortWordsAndTheCommandsThemselvesAreLeftAlone(String typed) {
        assertThat(CommandSpelling.meant(typed, COMMANDS)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"abc, abd, true", "abc, acb, true", "abc, ab, true", "abc, abcd, true", "abc, xbc, true", "abc, bca, false",
            "abc, abc, false", "abc, a, false", "abcd, badc, false", "abcde, acdbe, true", "abcde, edcba, false", "abcde, abcdf, true", "abcde, acdbf, false"})
    void oneSlipIsOneInsertionDeletionChangeOrSwapOrTheLettersJumbledBehindTheFirst(String a, String b, boolean expected) {
        assertThat(CommandSpelling.oneSlipApart(a, b)).isEqualTo(expected);
        assertThat(CommandSpelling.oneSlipApart(b, a)).isEqualTo(expected);
    }

    /* Commands of our own, typed twice wrong: in a message that is little more than the command it is still the command. */
    @ParameterizedTest
    @CsvSource({"chkek, 0, check", "cjekk, 1, check", "chekc, 2, check", "drsaft, 0, draft", "dratff, 1, draft",
            "canclle, 0, cancel", "froget, 2, forget"})
    void aCommandOfFiveLettersOrMoreTwoSlipsAwayInAShortMessageIsThatCommand(String typed, int wordsAfter, String meant) {
        assertThat(CommandSpelling.meant(typed, COMMANDS, wordsAfter)).contains(meant);
    }

    @ParameterizedTest
    @CsvSource({"chkek, 3", "cjekk, 6", "hlpe, 0", "hlpp, 0", "chalk, 0", "drift, 0", "crafts, 1", "xhekk, 0"})
    void twoSlipsInALongerMessageInAFourLetterCommandFromAnotherFirstLetterOrInAnEnglishWordAreNoCommand(String typed,
            int wordsAfter) {
        assertThat(CommandSpelling.meant(typed, COMMANDS, wordsAfter)).isEmpty();
    }
}
