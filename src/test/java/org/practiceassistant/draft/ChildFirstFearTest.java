package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceassistant.draft.CoachFixtures.Conversation;

/**
 * blind11's four dead ends, in words of our own: asked what they fear, the worker answered with the child first and no
 * "will" (read as who is worried again, so the fear was asked for without end), and a list of who is worried with a
 * bracketed note that made it too long to read as people.
 */
class ChildFirstFearTest {

    private final MappingCoach coach = CoachFixtures.coach();

    private Conversation atTheWorryStep() {
        return new Conversation(coach).atRubysWorryStep();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ruby gets more and more behind and her friends drift off",
            "ruby hungry and getting herself ready instead of mum", "Ruby starts year 1 behind and nobody notices"})
    void theChildFirstAfterWhoIsTheFearAndTheWorkerMovesOn(String fear) {
        var c = atTheWorryStep().say("Aunt Carol and the school");
        assertThat(c.step()).isEqualTo(Step.WORRY);
        c.say(fear);
        if (c.step() == Step.WORRY) {
            c.say(fear); // asked once about a fear that only tells what happened: the same again is kept
        }
        assertThat(c.step()).isEqualTo(Step.NETWORK);
        assertThat(c.current().currentWorry().whoIsWorried()).isEqualTo("Aunt Carol and the school");
        assertThat(c.current().currentWorry().fear()).isEqualTo(fear);
    }

    @Test
    void theChildInAListOrAPossessiveIsStillWhoIsWorried() {
        var c = atTheWorryStep().say("Aunt Carol and the school");
        c.say("Ruby's teacher and Aunt Carol");
        assertThat(c.step()).isEqualTo(Step.WORRY);
        assertThat(c.text()).contains("What I still need is what they fear");
        assertThat(ChildFirst.opensTheAnswer("Ruby and me", java.util.List.of("Ruby"))).isFalse();
        assertThat(ChildFirst.opensTheAnswer("Ruby, Aunt Carol and me", java.util.List.of("Ruby"))).isFalse();
        assertThat(ChildFirst.opensTheAnswer("Ruby gets left out", java.util.List.of("Ruby"))).isTrue();
    }

    @Test
    void aBracketedNoteDoesNotMakeTheListTooLongToBePeople() {
        String who = "Ruby's school (Miss Patel her teacher and the safeguarding lead Mr Jones), the family support worker Dee, Aunt Carol and us";
        assertThat(WhoIsWorried.whoAlone(who)).isPresent();
        var c = atTheWorryStep().say(who);
        assertThat(c.step()).isEqualTo(Step.WORRY);
        assertThat(c.text()).contains("What do they fear will happen to Ruby if nothing changes?");
        c.say("Ruby will fall behind and lose her friends");
        assertThat(c.step()).isEqualTo(Step.NETWORK);
    }

    @Test
    void aDashedListIsSentencesSoNoSentenceRunsOnForItsWholeLength() {
        assertThat(Sentences.listItemsAsSentences("- Nan comes Mondays and Thursdays; - Carol does a wash on Saturday;"
                + " - Mum checks Ruby's hair on Sundays")).isEqualTo("Nan comes Mondays and Thursdays. Carol does a wash on"
                + " Saturday. Mum checks Ruby's hair on Sundays");
        assertThat(Sentences.listItemsAsSentences("well. - Nan comes, - Carol helps")).isEqualTo("well. Nan comes, Carol helps");
        assertThat(Sentences.listItemsAsSentences("Mum - who is lovely - reads to her; she sleeps"))
                .isEqualTo("Mum - who is lovely - reads to her; she sleeps");
    }

    @Test
    void aListOfFearsAfterWhoKeepsThePeopleKept() {
        String fears = "- Mum stops answering the door and the plan falls apart; - Ruby feels let down again and stops talking to us";
        var c = atTheWorryStep().say("Aunt Carol, me and the school", fears);
        if (c.step() == Step.WORRY) {
            c.say(fears);
        }
        assertThat(c.step()).isEqualTo(Step.NETWORK);
        assertThat(c.current().currentWorry().whoIsWorried()).isEqualTo("Aunt Carol, me and the school");
        assertThat(c.current().currentWorry().fear()).isEqualTo(fears);
        assertThat(Sentences.aClause("Lisa, me, Donna")).isFalse();
        assertThat(Sentences.aClause("the school and Aunt Carol")).isFalse();
        assertThat(Sentences.aClause("- Donna stops letting anyone in")).isTrue();
    }
}
