package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceassistant.knowledge.KnowledgePackException;

/** Topics the pack does not cover, compared by meaning: questions that say them in other words are not covered. */
class NotCoveredTopicsTest {

    @TempDir
    Path folder;

    private static PassageIndex index;
    private static LuceneAskService service;

    @BeforeAll
    static void buildIndex() {
        index = AskFixtures.realIndex(AskFixtures.defaults());
        service = AskFixtures.realService(index, AskFixtures.defaults());
    }

    @AfterAll
    static void closeIndex() throws Exception {
        index.close();
    }

    @Test
    void readsOneTopicALineAndSkipsNotes() throws Exception {
        Path file = Files.writeString(folder.resolve("not-covered-topics.txt"),
                "# notes\n\nclaiming expenses back: mileage and train fares\nstaff pay and payslips\n");

        assertThat(NotCoveredTopics.read(file)).containsExactly("claiming expenses back: mileage and train fares",
                "staff pay and payslips");
    }

    @Test
    void aLineWithNoWordsOrTooLongStopsStartUpAtItsLine() throws Exception {
        Path noWords = Files.writeString(folder.resolve("a.txt"), "staff pay\n- - -\n");
        Path tooLong = Files.writeString(folder.resolve("b.txt"), "staff pay\n\n" + "pay ".repeat(60) + "\n");

        assertThatThrownBy(() -> NotCoveredTopics.read(noWords)).isInstanceOf(KnowledgePackException.class)
                .hasMessageContaining(noWords + " line 2:");
        assertThatThrownBy(() -> NotCoveredTopics.read(tooLong)).isInstanceOf(KnowledgePackException.class)
                .hasMessageContaining(tooLong + " line 3:").hasMessageContaining("at most 200 characters");
    }

    @Test
    void aQuestionCloserToATopicThanToAnyPassageIsNotCoveredWithNoTopicsOffered() {
        // None of its words is a listed subject; its meaning is the pack's topic on medical facts.
        String question = "at what age do babies normally start walking";
        assertThat(AskConfiguration.notCovered(AskFixtures.pack()).asksAbout(question)).isFalse();
        assertThat(AskFixtures.meaning(index).similarities(question).notCoveredLead())
                .isGreaterThanOrEqualTo(AskFixtures.defaults().answers().topicMargin());

        AskResult answer = service.ask(question, 3);

        assertThat(answer.found()).isFalse();
        assertThat(answer.didYouMean()).isEmpty();
    }

    @Test
    void aQuestionThePackAnswersIsCloserToItsPassageThanToAnyTopic() {
        String question = "how soon do i visit after a referral comes in";

        assertThat(AskFixtures.meaning(index).similarities(question).notCoveredLead()).isNegative();
        assertThat(service.ask(question, 3).found()).isTrue();
    }
}
