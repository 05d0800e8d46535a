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
        assertThat(fetch.asks("fetch the papper")).as("without a word list, only long things are read through a slip (or a swap)")
                .isFalse();
    }

    @Test
    void aShortVerbOrAPhrasesWordIsReadThroughOneSlipWhenNoOtherEnglishWordIsThatClose() {
        java.util.Set<String> english = java.util.Set.of("bring", "me", "the", "tea", "brine", "bing", "fetch", "sketch", "pager");
        RequestWords spelling = new RequestWords(List.of("fetch", "bring me"), List.of("paper", "tea"), List.of(), english::contains);
        assertThat(spelling.asks("fecth the tea")).as("two neighbours swapped in a short verb").isTrue();
        assertThat(spelling.asks("brnig me the tea")).as("swapped in a phrase's word").isTrue();
        assertThat(spelling.asks("bribg me the tea")).as("a letter changed, no other English word one slip away").isTrue();
        assertThat(spelling.asks("brin me the tea")).as("one slip from 'bring' and from 'brine', beside a thing named: the verb")
                .isTrue();
        assertThat(spelling.asks("brin tea")).as("right before the thing a slipped word is its kind, not a verb").isFalse();
        assertThat(spelling.asks("brin me the pot")).as("no thing named, nothing read").isFalse();
        RequestWords writing = new RequestWords(List.of("draft", "audit"), List.of("statement", "plan"), List.of());
        assertThat(writing.asks("can i send the draft danger statement to the school first"))
                .as("a verb between 'the' and the thing names its state").isFalse();
        assertThat(writing.asks("my draft plan went to the chair")).isFalse();
        assertThat(writing.asks("can you draft my plan")).isTrue();
        assertThat(writing.asks("grade my plan against the audit tool")).as("no thing right after it: still the verb").isTrue();
        assertThat(spelling.asks("bing me the tea")).as("an English word means what it says").isFalse();
        assertThat(fetch.asks("fetcg the tea")).as("without a word list, no short word is read through a slip but a swap").isFalse();
    }

    @Test
    void aGoalOrPlanTypedWithASlipRightAfterItsKindIsThatWord() {
        assertThat(RequestWords.thingsAfterAKind(List.of("a", "safety", "goa", "for", "mum")))
                .containsExactly("a", "safety", "goal", "for", "mum");
        assertThat(RequestWords.thingsAfterAKind(List.of("my", "cp", "pln"))).containsExactly("my", "cp", "plan");
        assertThat(RequestWords.thingsAfterAKind(List.of("success", "pan"))).as("English or not, after its kind")
                .containsExactly("success", "plan");
        assertThat(RequestWords.thingsAfterAKind(List.of("a", "pan", "of", "soup"))).as("nowhere else")
                .containsExactly("a", "pan", "of", "soup");
        assertThat(RequestWords.thingsAfterAKind(List.of("check", "my", "plaan"))).as("after whose it is, no English word")
                .containsExactly("check", "my", "plan");
        assertThat(RequestWords.thingsAfterAKind(List.of("wash", "my", "pan"))).as("an English word after whose it is")
                .containsExactly("wash", "my", "pan");
        RequestWords writing = new RequestWords(List.of("write"), List.of("goal"), List.of());
        assertThat(writing.asks("help me write a wellbeing gosl")).isTrue();
        assertThat(writing.asks("wha goes in a wellbeing goal, can you write it")).as("a slipped 'what' still asks").isFalse();
    }

    @Test
    void everySpellingOneSlipAwayKeepsTheFirstLetter() {
        List<String> around = RequestWords.OneSlip.around("hepl");
        assertThat(around).contains("help", "hell", "hep", "heapl").allMatch(spelling -> spelling.startsWith("h"));
        assertThat(around).hasSizeLessThanOrEqualTo(54 * 4);
    }

    @Test
    void twoNeighboursSwappedAreReadWithOrWithoutAWordList() {
        assertThat(fetch.asks("could you ftech the paper")).as("a verb's letters swapped").isTrue();
        assertThat(fetch.asks("fetch the ppaer")).as("a thing's letters swapped").isTrue();
        assertThat(fetch.asks("fetch the apper")).as("never the first letter").isFalse();
        RequestWords spelling = new RequestWords(List.of("fetch"), List.of("form"), List.of(), java.util.Set.of("from", "fetch")::contains);
        assertThat(spelling.asks("fetch it from here")).as("an English word on the list means what it says").isFalse();
    }
}
