package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fear with the worker's own "if ..." in place of "if nothing changes": what will happen is said of the children by
 * name, as a statement names the child it is about. Sentences of our own.
 */
class ConsequenceForTheChildTest {

    @Test
    void aPronounAfterTheOneChildsConditionIsTheChildByName() {
        assertThat(ConsequenceForTheChild.said("if noah doesnt know why he moved he will keep thinking he did something wrong",
                List.of("Noah"))).isEqualTo("if noah doesnt know why he moved, Noah will keep thinking he did something wrong");
        assertThat(ConsequenceForTheChild.said("if ava keeps missing college she wont pass her course", List.of("Ava")))
                .isEqualTo("if ava keeps missing college, Ava wont pass her course");
    }

    @Test
    void theKidsAreTheChildrenByName() {
        assertThat(ConsequenceForTheChild.said("if dads drinking gets worse, the kids will be left on their own at night",
                List.of("Zac", "Lola", "Finn"))).isEqualTo("if dads drinking gets worse, Zac, Lola and Finn will be left on their own at night");
        assertThat(ConsequenceForTheChild.namesThem("if dad drinks the kids will be scared", List.of("Zac", "Lola"))).isTrue();
        assertThat(ConsequenceForTheChild.namesThem("dad drinks and the kids see it", List.of("Zac", "Lola"))).isFalse();
    }

    @Test
    void aPronounThatMayBeSomeoneElseIsLeft() {
        String dad = "if dad keeps drinking he will lose his temper with noah";
        assertThat(ConsequenceForTheChild.said(dad, List.of("Noah"))).isEqualTo(dad);
        String twoChildren = "if noah keeps missing school he will fall behind";
        assertThat(ConsequenceForTheChild.said(twoChildren, List.of("Noah", "Ava"))).isEqualTo(twoChildren);
        assertThat(ConsequenceForTheChild.said("noah will fall behind", List.of("Noah"))).isEqualTo("noah will fall behind");
    }

    @Test
    void composedWithTheWorkersConditionTheChildIsNamed() {
        var answers = WorryAnswers.empty().withAnswer(Step.HARM, "noah asked his carer if he was sent away for being naughty")
                .withWorry("we", "are", "if noah doesnt know why he is in care he will keep thinking it is his fault");
        String statement = new StatementComposer().statement(answers, new StatementComposer.Named(List.of("Noah"), List.of("Noah")));
        // What will happen to Noah first, after "if nothing changes" (Check reads the child's future there), the worker's
        // condition after it, so there is one condition in front, not two.
        assertThat(statement).startsWith("We are worried that if nothing changes, Noah will keep thinking it is his fault when"
                + " Noah doesn't know why he is in care.");
        assertThat(ConsequenceForTheChild.childrenFirst("if noah is sad. he will cry, Noah will leave", List.of("Noah")))
                .as("over two sentences the condition is left where the worker put it").isEmpty();
    }
}
