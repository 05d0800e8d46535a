package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Engaging", a label the auditors fail even in full, said as what the person does; our own words. */
class EngagingAsGoingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Dad is not engaging with the alcohol team.|Dad is not going to the alcohol team.",
            "the health visitor says mum is engaging|the health visitor says mum is going to every appointment",
            "Gran says they're engaging, and the tests are clear.|Gran says they're going to every appointment, and the tests are clear.",
            "Mum engaged with the family hub in May|Mum went to the family hub in May",
            "Dad will engage with the parenting group|Dad will go to the parenting group",
            "an engaging boy who loves football|an engaging boy who loves football"})
    void engagingIsSaidAsGoing(String said, String plain) {
        assertThat(EngagingAsGoing.inPlainWords(said)).isEqualTo(plain);
    }
}
