package org.practiceassistant.ask;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.List;

/**
 * Turns text into a unit-length vector whose direction stands for its meaning: the one place that
 * knows which model is used. BGE small en v1.5, quantised, runs in process (ONNX Runtime) from inside
 * its jar, so no text leaves the machine. On tests-data/ask it ranked better than all-MiniLM-L6-v2
 * (top-1 76% against 55% on its own), and embeds a question in about 2 ms on one core.
 */
final class SentenceEmbedder {

    /** Names the model in the passage-vector cache key: a different model must never reuse old vectors. */
    static final String MODEL_ID = "bge-small-en-v1.5-q";

    private final EmbeddingModel model;

    private SentenceEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    /** Loads the model (about half a second, plus unpacking ONNX Runtime's native library on first use). */
    static SentenceEmbedder load() {
        return new SentenceEmbedder(new BgeSmallEnV15QuantizedEmbeddingModel());
    }

    float[] embed(String text) {
        return unit(model.embed(text).content().vector());
    }

    List<float[]> embedAll(List<String> texts) {
        return model.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(embedding -> unit(embedding.vector())).toList();
    }

    /** Scaled to length 1, so a dot product is the cosine similarity. */
    private static float[] unit(float[] vector) {
        double length = 0;
        for (float value : vector) {
            length += value * value;
        }
        float scale = length == 0 ? 0 : (float) (1 / Math.sqrt(length));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * scale;
        }
        return unit;
    }
}
