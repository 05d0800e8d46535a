package org.practiceassistant.ask;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.practiceassistant.knowledge.Passage;

/**
 * The passages as sentence embeddings, for questions worded unlike the text that answers them ("can't
 * get hold of the family" against "write a letter asking them to call us"), which no synonym list foresees.
 *
 * <p>Each passage is embedded with its heading path in front ("Practice handbook › Transfers › Bottom
 * Lines: ..."): the headings say what a short bullet is about, and on the question set that beat the
 * text alone by about 10 points of top-1.
 */
final class SemanticIndex {

    private final SentenceEmbedder embedder;
    private final String[] ids;
    /** Each passage id's position in {@link #ids}, built once rather than for every question. */
    private final Map<String, Integer> positions;
    /** Each passage's vector, in the order of {@link #ids}. */
    private final float[][] vectors;
    /** Whether the vectors were read from the cache rather than embedded at this start. */
    private final boolean fromCache;

    private SemanticIndex(SentenceEmbedder embedder, String[] ids, float[][] vectors, boolean fromCache) {
        this.embedder = embedder;
        this.fromCache = fromCache;
        this.ids = ids;
        this.positions = positions(ids);
        this.vectors = vectors;
    }

    static Map<String, Integer> positions(String[] ids) {
        Map<String, Integer> positions = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            positions.put(ids[i], i);
        }
        return Map.copyOf(positions);
    }

    /**
     * Embeds the passages, or reads their vectors from the cache when this pack was embedded before.
     * (Embedding each sentence of a long passage as well, and matching a passage through its closest
     * sentence, was measured and not kept: on tests-data/ask it lost a point of top-1 and raised
     * out-of-scope similarities.)
     */
    static SemanticIndex build(SentenceEmbedder embedder, List<Passage> passages, PassageVectorCache cache) {
        List<String> texts = passages.stream().map(passage -> passage.section() + ": " + passage.text()).toList();
        Optional<List<float[]>> cached = cache.read(texts);
        List<float[]> vectors = cached.orElseGet(() -> {
            List<float[]> embedded = embedder.embedAll(texts);
            cache.write(texts, embedded);
            return embedded;
        });
        return new SemanticIndex(embedder, passages.stream().map(Passage::id).toArray(String[]::new),
                vectors.toArray(float[][]::new), cached.isPresent());
    }

    boolean fromCache() {
        return fromCache;
    }

    int size() {
        return ids.length;
    }

    /** How close in meaning each passage is to the question: the cosine of their vectors. */
    Similarities similarities(String question) {
        float[] asked = embedder.embed(question);
        double[] cosines = new double[ids.length];
        for (int i = 0; i < vectors.length; i++) {
            float[] vector = vectors[i];
            double dot = 0;
            for (int d = 0; d < vector.length; d++) {
                dot += vector[d] * asked[d];
            }
            cosines[i] = dot;
        }
        return new Similarities(ids, positions, cosines);
    }

    /** The cosine similarity of each passage to one question. */
    static final class Similarities {

        private final String[] ids;
        private final double[] cosines;
        private final Map<String, Integer> positions;

        Similarities(String[] ids, Map<String, Integer> positions, double[] cosines) {
            this.ids = ids;
            this.positions = positions;
            this.cosines = cosines;
        }

        /** The similarity of the passage with this id; 0 for a passage the vectors do not know. */
        double of(String passageId) {
            Integer position = positions.get(passageId);
            return position == null ? 0 : cosines[position];
        }

        /** The ids of the {@code count} most similar passages, most similar first. */
        List<String> nearest(int count) {
            Integer[] order = new Integer[ids.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(cosines[b], cosines[a]));
            return Arrays.stream(order).limit(count).map(i -> ids[i]).toList();
        }
    }
}
