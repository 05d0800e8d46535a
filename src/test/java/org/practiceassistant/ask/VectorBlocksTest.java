package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VectorBlocksTest {

    /**
     * The dot products taken a block at a time, dimension by dimension, must be the one-row-at-a-time ones to the last
     * bit: a ranking or a not-found bar may turn on the last digit, and speed must never change an answer. Two full blocks
     * and a part of one, so a row at every place in a block is compared, its first and last included.
     */
    @Test
    void dotsAreTheSameToTheLastBitAsOneRowAtATime() {
        // The model's 384 dimensions, and a count the sweep's four dimensions a pass leave a remainder of.
        for (int dimensions : new int[] {384, 387}) {
            Random random = new Random(7);
            float[] asked = vector(random, dimensions);
            List<float[]> rows = new ArrayList<>();
            for (int i = 0; i < 2 * VectorBlocks.BLOCK_ROWS + 37; i++) {
                rows.add(vector(random, dimensions));
            }
            double[] dots = new double[rows.size()];
            new VectorBlocks(rows).dots(asked, dots);
            for (int i = 0; i < rows.size(); i++) {
                double oneAtATime = 0;
                for (int d = 0; d < asked.length; d++) {
                    oneAtATime += rows.get(i)[d] * asked[d];
                }
                assertThat(Double.doubleToRawLongBits(dots[i])).as(dimensions + " dimensions, row " + i)
                        .isEqualTo(Double.doubleToRawLongBits(oneAtATime));
            }
        }
    }

    @Test
    void sumsStartAfreshForEveryQuestion() {
        Random random = new Random(11);
        List<float[]> rows = List.of(vector(random, 8), vector(random, 8), vector(random, 8));
        VectorBlocks blocks = new VectorBlocks(rows);
        float[] asked = vector(random, 8);
        double[] first = new double[3];
        blocks.dots(asked, first);
        double[] reused = first.clone();
        blocks.dots(asked, reused);
        assertThat(reused).containsExactly(first);
    }

    @Test
    void rowsOfAnotherLengthAreRefused() {
        Random random = new Random(3);
        assertThatThrownBy(() -> new VectorBlocks(List.of(vector(random, 4), vector(random, 5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vector 1");
        VectorBlocks blocks = new VectorBlocks(List.of(vector(random, 4)));
        assertThatThrownBy(() -> blocks.dots(vector(random, 5), new double[1])).isInstanceOf(IllegalArgumentException.class);
        new VectorBlocks(List.of()).dots(vector(random, 5), new double[0]);
    }

    private static float[] vector(Random random, int dimensions) {
        float[] vector = new float[dimensions];
        for (int d = 0; d < vector.length; d++) {
            vector[d] = (float) random.nextGaussian() / 20;
        }
        return vector;
    }
}
