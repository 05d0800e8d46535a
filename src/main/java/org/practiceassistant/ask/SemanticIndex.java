package org.practiceassistant.ask;

import java.util.ArrayList;
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
    /** The vectors of the pack's "also asked as" questions, and the position in {@link #ids} of each one's passage. */
    private final float[][] askedVectors;
    private final int[] askedOwners;
    /** The vectors of the subjects the pack says it does not cover, described in words ({@code not-covered-topics}). */
    private final float[][] topicVectors;
    /** Whether the vectors were read from the cache rather than embedded at this start. */
    private final boolean fromCache;

    private SemanticIndex(SentenceEmbedder embedder, String[] ids, float[][] vectors, float[][] askedVectors,
                          int[] askedOwners, float[][] topicVectors, boolean fromCache) {
        this.topicVectors = topicVectors;
        this.embedder = embedder;
        this.fromCache = fromCache;
        this.ids = ids;
        this.positions = positions(ids);
        this.vectors = vectors;
        this.askedVectors = askedVectors;
        this.askedOwners = askedOwners;
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
        return build(embedder, passages, Map.of(), cache);
    }

    /**
     * As {@link #build(SentenceEmbedder, List, PassageVectorCache)}, with a vector for each of the pack's
     * "also asked as" questions too: a passage is as close to a question as the closer of its own text
     * and the questions people ask for it.
     */
    static SemanticIndex build(SentenceEmbedder embedder, List<Passage> passages, Map<String, List<String>> alsoAsked,
                               PassageVectorCache cache) {
        return build(embedder, passages, alsoAsked, cache, () -> { });
    }

    /**
     * As {@link #build(SentenceEmbedder, List, Map, PassageVectorCache)}, running {@code beforeEmbedding} first when
     * the cache misses and the passages must be embedded (seconds of every core): the application waits there
     * until it serves, so embedding never slows its start, while vectors read from the cache need not wait.
     */
    static SemanticIndex build(SentenceEmbedder embedder, List<Passage> passages, Map<String, List<String>> alsoAsked,
                               PassageVectorCache cache, Runnable beforeEmbedding) {
        return build(embedder, passages, alsoAsked, List.of(), cache, beforeEmbedding);
    }

    /**
     * As {@link #build(SentenceEmbedder, List, Map, PassageVectorCache, Runnable)}, with a vector for each topic the
     * pack says it does not cover ("claiming back mileage, petrol and train fares"), embedded and cached with the
     * passages: {@link Similarities#notCoveredLead()} compares a question with them.
     */
    static SemanticIndex build(SentenceEmbedder embedder, List<Passage> passages, Map<String, List<String>> alsoAsked,
                               List<String> notCoveredTopics, PassageVectorCache cache, Runnable beforeEmbedding) {
        List<String> texts = new ArrayList<>(passages.stream().map(passage -> passage.section() + ": " + passage.text()).toList());
        List<Integer> owners = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            for (String question : alsoAsked.getOrDefault(passages.get(i).id(), List.of())) {
                texts.add(question);
                owners.add(i);
            }
        }
        int askedEnd = texts.size();
        texts.addAll(notCoveredTopics);
        Optional<List<float[]>> cached = cache.read(texts);
        List<float[]> vectors = cached.orElseGet(() -> {
            beforeEmbedding.run();
            List<float[]> embedded = embedder.embedAll(texts);
            cache.write(texts, embedded);
            return embedded;
        });
        int count = passages.size();
        return new SemanticIndex(embedder, passages.stream().map(Passage::id).toArray(String[]::new),
                vectors.subList(0, count).toArray(float[][]::new), vectors.subList(count, askedEnd).toArray(float[][]::new),
                owners.stream().mapToInt(Integer::intValue).toArray(),
                vectors.subList(askedEnd, vectors.size()).toArray(float[][]::new), cached.isPresent());
    }

    boolean fromCache() {
        return fromCache;
    }

    int size() {
        return ids.length;
    }

    /** How close in meaning each passage is to the question: the cosine of their vectors. */
    Similarities similarities(String question) {
        double[] cosines = new double[ids.length];
        if (!SentenceEmbedder.hasTokens(question)) {
            // Nothing the model can read: no passage is any closer in meaning than another.
            return new Similarities(ids, positions, cosines, Double.NEGATIVE_INFINITY);
        }
        float[] asked = embedder.embed(question);
        dots(vectors, asked, cosines);
        double[] askedDots = new double[askedVectors.length];
        dots(askedVectors, asked, askedDots);
        for (int i = 0; i < askedVectors.length; i++) {
            double dot = askedDots[i] * ASKED_WEIGHT;
            if (dot > cosines[askedOwners[i]]) {
                cosines[askedOwners[i]] = dot;
            }
        }
        double[] topicDots = new double[topicVectors.length];
        dots(topicVectors, asked, topicDots);
        double topic = Double.NEGATIVE_INFINITY;
        for (double dot : topicDots) {
            topic = Math.max(topic, dot);
        }
        return new Similarities(ids, positions, cosines, topic);
    }

    /**
     * {@code out[i] = dot(rows[i], asked)} for every row, four rows at a time. Each row is still summed in the order
     * {@link #dot} sums it, so every value is the same to the last bit (and so every ranking); but the four sums are
     * independent, so their additions overlap in the processor instead of each waiting for the one before. One sum at a
     * time waits out an addition's latency per dimension: with the pack's five thousand passage, "also asked as" and
     * topic vectors that was about a third of a question's CPU time.
     */
    static void dots(float[][] rows, float[] asked, double[] out) {
        int i = 0;
        for (; i + 3 < rows.length; i += 4) {
            float[] r0 = rows[i];
            float[] r1 = rows[i + 1];
            float[] r2 = rows[i + 2];
            float[] r3 = rows[i + 3];
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int d = 0; d < asked.length; d++) {
                float q = asked[d];
                s0 += r0[d] * q;
                s1 += r1[d] * q;
                s2 += r2[d] * q;
                s3 += r3[d] * q;
            }
            out[i] = s0;
            out[i + 1] = s1;
            out[i + 2] = s2;
            out[i + 3] = s3;
        }
        for (; i < rows.length; i++) {
            out[i] = dot(rows[i], asked);
        }
    }

    /**
     * How much a question's closeness to an "also asked as" question counts against closeness to the passage
     * itself: two questions are closer than a question and its answer, so an alternative counts a little less.
     * (At 0.95 one more calibration out-of-scope question was answered and blind/blind2 lost 2 of top-1 against 0.9.)
     */
    static final double ASKED_WEIGHT = 0.9;

    private static double dot(float[] a, float[] b) {
        double dot = 0;
        for (int d = 0; d < a.length; d++) {
            dot += a[d] * b[d];
        }
        return dot;
    }

    /** The cosine similarity of each passage to one question. */
    static final class Similarities {

        private final String[] ids;
        private final double[] cosines;
        private final Map<String, Integer> positions;
        /** The cosine of the closest not-covered topic; negative infinity when the pack lists none. */
        private final double topic;

        Similarities(String[] ids, Map<String, Integer> positions, double[] cosines) {
            this(ids, positions, cosines, Double.NEGATIVE_INFINITY);
        }

        Similarities(String[] ids, Map<String, Integer> positions, double[] cosines, double topic) {
            this.ids = ids;
            this.positions = positions;
            this.cosines = cosines;
            this.topic = topic;
        }

        /**
         * How much closer in meaning the question is to the nearest topic the pack does not cover than to the nearest
         * passage (negative when a passage is closer; negative infinity when the pack lists no topics).
         */
        double notCoveredLead() {
            double best = Double.NEGATIVE_INFINITY;
            for (double cosine : cosines) {
                best = Math.max(best, cosine);
            }
            return topic - best;
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
