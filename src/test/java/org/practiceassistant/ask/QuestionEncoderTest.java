package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A question is embedded to the same vector, to the last bit, as langchain4j's encoder embeds it: no answer may move. */
class QuestionEncoderTest {

    private static SentenceEmbedder embedder;

    @BeforeAll
    static void loadModel() {
        embedder = SentenceEmbedder.load();
    }

    static List<String> questions() {
        return List.of(
                "cin",
                "how many days before the conference does the family get the report",
                "whats a danger statment n wot has 2 b in it?? my TM said",
                "can't get hold of the family – what now? (s47, ICPC)",
                "Zoë's café: naïve résumé",
                "emoji 🙂 and CJK 児童 and a [UNK]-like token",
                "   leading and trailing spaces   ",
                // Beyond the model's 512 positions: the encoder splits it and averages the parts.
                "the child and the family and the network ".repeat(80));
    }

    @ParameterizedTest
    @MethodSource("questions")
    void embedsAsTheEncoderDoes(String question) {
        assertThat(embedder.embed(question)).containsExactly(embedder.byTheEncoder(question));
    }

    @ParameterizedTest
    @MethodSource("questions")
    void aVectorIsOfUnitLength(String question) {
        double sum = 0;
        for (float value : embedder.embed(question)) {
            sum += value * value;
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }
}
