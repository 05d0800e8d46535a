package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Asked who is worried and what they fear, newly qualified workers name the people, then say in a sentence of its own
 * what will happen to the child, often with no "will" or "could" ("pam and me. amber gets let down ..."). And asked
 * whether there is another worry, a worker new to the case answers from what they know ("not that i know of").
 */
class PeopleThenWhatHappensTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "pam and me. amber gets let down and hurt every time|pam and I|amber gets let down and hurt every time",
            "school nurse and school. scared grace gets bullied and isolated|school nurse and school|grace gets bullied and isolated",
            "school n parents. isla misses out on being a kid|school n parents|isla misses out on being a kid",
            "Nan and me: she ends up with no qualifications|Nan and I|she ends up with no qualifications",
            // the worker named in the middle of the list, joined with chat's "n", is written last
            "midwife, me n the police. chantelle gets seriously hurt|midwife, the police and I|chantelle gets seriously hurt",
            "police, yot and nan n me. keira will get hurt|police, yot, nan and I|keira will get hurt",
            "nan and me n the virtual school. she ends up with no qualifications|nan, the virtual school and I|she ends up with no qualifications"})
    void peopleThenWhatHappensToTheChildIsWhoAndTheFear(String said, String who, String fear) {
        var worry = AnswerParsers.worry(said).orElseThrow();
        assertThat(worry.who()).isEqualTo(who);
        assertThat(worry.fear()).isEqualTo(fear);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the first sentence is no list of people, so nothing is read as who is worried
            "dad drinks. mum is out a lot",
            "it is bad. amber gets let down",
            // a question after the people is no fear
            "pam and me. what do i put here?"})
    void aSentenceThatIsNoListOfPeopleOrAQuestionIsNoFear(String said) {
        assertThat(AnswerParsers.worry(said)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"not that i know of, im new to the case|false", "dont think so|false",
            "not as far as i'm aware|false", "no more|false", "yes theres one more|true"})
    void aWorkerNewToTheCaseAnswersAnotherWorryFromWhatTheyKnow(String said, boolean another) {
        assertThat(new CoachIntentParser().anotherWorry(said)).as(said).contains(another);
    }
}
