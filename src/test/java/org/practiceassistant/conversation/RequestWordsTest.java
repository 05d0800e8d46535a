package org.practiceassistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestWordsTest {

    private final RequestWords fetch = new RequestWords(List.of("fetch", "bring me"), List.of("paper", "tea"), List.of("explain"));

    @Test
    void aRequestHasAVerbAndAThingAndDoesNotOpenAsAQuestion() {
        assertThat(fetch.asks("hi, could you fetch the paper pls")).isTrue();
        assertThat(fetch.asks("Bring me a tea?")).isTrue();
        assertThat(fetch.asks("quick q - how do I fetch the paper")).as("opens as a question after the preamble").isFalse();
        assertThat(fetch.asks("fetch")).as("no thing").isFalse();
        assertThat(fetch.asks("can you explain and fetch the paper")).as("a word that gives it away").isFalse();
        assertThat(fetch.asks("fetch the paper, what does it mean")).as("wants explaining").isFalse();
    }

    @Test
    void onlyTheFirstWordsAreRead() {
        assertThat(RequestWords.tokens("word ".repeat(10_000))).hasSize(46);
        assertThat(fetch.asks("fetch the paper " + "and more ".repeat(100))).as("too long for a request").isFalse();
        assertThat(RequestWords.mentions("Is it OK?", List.of("is it"))).isTrue();
        assertThat(RequestWords.tokens("Child’s plan, 2nd draft")).containsExactly("child's", "plan", "2nd", "draft");
    }

    @Test
    void aShorterThingIsReadThroughOneSlipOnlyWhenTheWordTypedIsNoWordAndItsFirstLetterIsKept() {
        java.util.Set<String> english = java.util.Set.of("pager", "leaper", "taper");
        RequestWords spelling = new RequestWords(List.of("fetch"), List.of("paper", "tea"), List.of(), english::contains);
        assertThat(spelling.asks("fetch the papre")).as("swapped letters").isTrue();
        assertThat(spelling.asks("fetch the papper")).as("a letter added").isTrue();
        assertThat(spelling.asks("fetch the pager")).as("an English word means what it says").isFalse();
        assertThat(spelling.asks("fetch the taper")).as("another first letter, and a word").isFalse();
        assertThat(spelling.asks("fetch the vaper")).as("another first letter").isFalse();
        assertThat(fetch.asks("fetch the papre")).as("without a word list, only long things are read through a slip").isFalse();
    }
}
