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
}
