package org.practiceassistant.ask;

import java.util.Arrays;
import java.util.List;

/**
 * Vectors laid out for taking each one's dot product with a question in one sweep: in blocks of {@value #BLOCK_ROWS}
 * rows, each block stored dimension by dimension (the first dimension of every row in the block, then the second ...).
 * The sweep adds one dimension's product to every row's sum before the next dimension, so the innermost loop runs along
 * contiguous rows with independent sums, which the JIT compiles to vector instructions, several rows per instruction;
 * a block's sums stay in the fastest cache. Each row is still summed dimension by dimension in order, the product
 * rounded to a float and added to a double, exactly as one row at a time sums it, so every value is the same to the
 * last bit (and so every ranking).
 */
final class VectorBlocks {

    /** Rows per block: their sums (8 KB) stay in the first-level cache while every dimension is added. */
    static final int BLOCK_ROWS = 1024;

    private final float[] values;
    private final int rows;
    private final int dimensions;

    /** @param vectors rows of one length */
    VectorBlocks(List<float[]> vectors) {
        this.rows = vectors.size();
        this.dimensions = vectors.isEmpty() ? 0 : vectors.getFirst().length;
        this.values = new float[rows * dimensions];
        for (int start = 0; start < rows; start += BLOCK_ROWS) {
            int length = Math.min(BLOCK_ROWS, rows - start);
            for (int i = 0; i < length; i++) {
                float[] row = vectors.get(start + i);
                if (row.length != dimensions) {
                    throw new IllegalArgumentException("vector " + (start + i) + " has " + row.length + " dimensions, not "
                            + dimensions);
                }
                for (int d = 0; d < dimensions; d++) {
                    values[start * dimensions + d * length + i] = row[d];
                }
            }
        }
    }

    int rows() {
        return rows;
    }

    /** {@code out[i] = dot(row i, asked)} for every row. */
    void dots(float[] asked, double[] out) {
        if (rows > 0 && asked.length != dimensions) {
            throw new IllegalArgumentException("a vector of " + asked.length + " dimensions against rows of " + dimensions);
        }
        Arrays.fill(out, 0, rows, 0.0);
        for (int start = 0; start < rows; start += BLOCK_ROWS) {
            int length = Math.min(BLOCK_ROWS, rows - start);
            int blockBase = start * dimensions;
            // Four dimensions a pass: each row's sum is read and written once for four products instead of once for each
            // (the sweep was bound by those loads and stores, and was most of embedding a question beside the model),
            // still added one product at a time in dimension order, so every sum is the same to the last bit.
            int d = 0;
            for (; d + 4 <= dimensions; d += 4) {
                float q0 = asked[d];
                float q1 = asked[d + 1];
                float q2 = asked[d + 2];
                float q3 = asked[d + 3];
                int base0 = blockBase + d * length;
                int base1 = base0 + length;
                int base2 = base1 + length;
                int base3 = base2 + length;
                for (int i = 0; i < length; i++) {
                    double sum = out[start + i];
                    sum += values[base0 + i] * q0;
                    sum += values[base1 + i] * q1;
                    sum += values[base2 + i] * q2;
                    sum += values[base3 + i] * q3;
                    out[start + i] = sum;
                }
            }
            for (; d < dimensions; d++) {
                float q = asked[d];
                int base = blockBase + d * length;
                for (int i = 0; i < length; i++) {
                    out[start + i] += values[base + i] * q;
                }
            }
        }
    }
}
