package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The nearest passages in meaning are chosen without sorting all of them, and must come out as the stable sort did: most
 * similar first, equal similarities in passage order, every answer the same as before.
 */
class NearestPassagesTest {

    @Test
    void equalSimilaritiesKeepPassageOrderAndAShortListIsWhole() {
        String[] ids = {"a", "b", "c", "d", "e"};
        SemanticIndex.Similarities meaning = new SemanticIndex.Similarities(ids, SemanticIndex.positions(ids),
                new double[] {0.5, 0.7, 0.5, 0.7, 0.1});

        assertThat(meaning.nearest(3)).containsExactly("b", "d", "a");
        assertThat(meaning.nearest(10)).containsExactly("b", "d", "a", "c", "e");
        assertThat(meaning.nearest(0)).isEmpty();
    }

    @Test
    void agreesWithAStableSortOnManyRandomSimilarities() {
        Random random = new Random(14);
        for (int round = 0; round < 200; round++) {
            int size = 1 + random.nextInt(60);
            String[] ids = IntStream.range(0, size).mapToObj(i -> "p" + i).toArray(String[]::new);
            // Few distinct values, so that ties are common.
            double[] cosines = IntStream.range(0, size).mapToDouble(i -> random.nextInt(8) / 8.0).toArray();
            int count = 1 + random.nextInt(35);
            Integer[] order = IntStream.range(0, size).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> cosines[i]).reversed());
            List<String> sorted = Arrays.stream(order).limit(count).map(i -> ids[i]).toList();

            assertThat(new SemanticIndex.Similarities(ids, SemanticIndex.positions(ids), cosines).nearest(count))
                    .containsExactlyElementsOf(sorted);
        }
    }
}
