package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceassistant.draft.CoachFixtures.Conversation;

/**
 * Asked who in the family and network will help, a worker says in a long answer that there is nobody, often with a
 * question of their own. Before, an answer of more than seven words was kept as it stood, and the goal opened with it as
 * who will act ("He hasn't really got anyone though what do I put will do these things").
 */
class NobodyInTheNetworkTest {

    private final MappingCoach coach = CoachFixtures.coach();

    private Conversation atTheNetworkStep() {
        var c = new Conversation(coach).atRubysWorryStep().say("Aunt Carol and the school",
                "Ruby will fall behind and lose her friends");
        assertThat(c.step()).isEqualTo(Step.NETWORK);
        return c;
    }

    @ParameterizedTest
    @ValueSource(strings = {"she hasnt really got anyone tho what do i put",
            "she doesn't have any family round here and has fallen out with her friends",
            "to be honest there's nobody, they moved here last year from another town"})
    void nobodyInALongAnswerIsAskedAboutAndNeverKeptAsWhoWillAct(String nobody) {
        var c = atTheNetworkStep().say(nobody);
        assertThat(c.step()).isEqualTo(Step.NETWORK);
        assertThat(c.text()).contains("at least one person who will act").contains("Who can act to keep Ruby safe?");

        c.say("Mum and Aunt Carol");
        assertThat(c.step()).isNotEqualTo(Step.NETWORK);
    }

    @Test
    void aLongAnswerThatNamesSomeoneBesideNobodyElseIsKept() {
        var c = atTheNetworkStep().say("Aunt Carol, though mum doesn't have any friends nearby to help");
        assertThat(c.step()).isNotEqualTo(Step.NETWORK);
    }
}
