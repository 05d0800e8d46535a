package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SemanticIndexTest {

    /**
     * The four-rows-at-a-time dot products must be the one-at-a-time ones to the last bit: a ranking or a not-found bar
     * may turn on the last digit, and speed must never change an answer. Seven rows: four together and three alone.
     */
    @Test
    void dotsAreTheSameToTheLastBitAsOneRowAtATime() {
        Random random = new Random(7);
        float[] asked = vector(random);
        float[][] rows = new float[7][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = vector(random);
        }
        double[] dots = new double[rows.length];
        SemanticIndex.dots(rows, asked, dots);
        for (int i = 0; i < rows.length; i++) {
            double oneAtATime = 0;
            for (int d = 0; d < asked.length; d++) {
                oneAtATime += rows[i][d] * asked[d];
            }
            assertThat(Double.doubleToRawLongBits(dots[i])).as("row " + i).isEqualTo(Double.doubleToRawLongBits(oneAtATime));
        }
    }

    private static float[] vector(Random random) {
        float[] vector = new float[384];
        for (int d = 0; d < vector.length; d++) {
            vector[d] = (float) random.nextGaussian() / 20;
        }
        return vector;
    }
}
