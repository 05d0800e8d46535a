package org.practiceassistant.ask;

import java.util.ArrayList;
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
    /**
     * Every vector a question is compared with, in one layout for one sweep: each passage's (in the order of {@link #ids}),
     * then those of the pack's "also asked as" questions, then those of the subjects the pack says it does not cover,
     * described in words ({@code not-covered-topics}). The "also asked as" questions are most of them (3,194 of 3,739).
     */
    private final VectorBlocks vectors;
    /** The position in {@link #ids} of each "also asked as" question's passage. */
    private final int[] askedOwners;
    /** Where the "also asked as" questions' vectors start and end among {@link #vectors} (the topics' follow). */
    private final int askedStart;
    private final int askedEnd;
    /** Whether the vectors were read from the cache rather than embedded at this start. */
    private final boolean fromCache;

    private SemanticIndex(SentenceEmbedder embedder, String[] ids, List<float[]> vectors, int[] askedOwners, int askedEnd,
                          boolean fromCache) {
        this.embedder = embedder;
        this.fromCache = fromCache;
        this.ids = ids;
        this.positions = positions(ids);
        this.vectors = new VectorBlocks(vectors);
        this.askedOwners = askedOwners;
        this.askedStart = ids.length;
        this.askedEnd = askedEnd;
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
        return new SemanticIndex(embedder, passages.stream().map(Passage::id).toArray(String[]::new), vectors,
                owners.stream().mapToInt(Integer::intValue).toArray(), askedEnd, cached.isPresent());
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
        double[] dots = new double[vectors.rows()];
        vectors.dots(asked, dots);
        System.arraycopy(dots, 0, cosines, 0, cosines.length);
        for (int i = askedStart; i < askedEnd; i++) {
            double dot = dots[i] * ASKED_WEIGHT;
            int owner = askedOwners[i - askedStart];
            if (dot > cosines[owner]) {
                cosines[owner] = dot;
            }
        }
        double topic = Double.NEGATIVE_INFINITY;
        for (int i = askedEnd; i < dots.length; i++) {
            topic = Math.max(topic, dots[i]);
        }
        return new Similarities(ids, positions, cosines, topic);
    }

    /**
     * How much a question's closeness to an "also asked as" question counts against closeness to the passage
     * itself: two questions are closer than a question and its answer, so an alternative counts a little less.
     * (At 0.95 one more calibration out-of-scope question was answered and blind/blind2 lost 2 of top-1 against 0.9.)
     */
    static final double ASKED_WEIGHT = 0.9;

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
            // The first {@code count} of a stable sort by cosine, most similar first, ties in passage order, without sorting
            // all of them: a passage joins the list only when closer than its last, after every one at least as close.
            int[] top = new int[Math.max(0, Math.min(count, ids.length))];
            if (top.length == 0) {
                return List.of();
            }
            int size = 0;
            for (int i = 0; i < ids.length; i++) {
                if (size == top.length && Double.compare(cosines[i], cosines[top[size - 1]]) <= 0) {
                    continue;
                }
                int at = Math.min(size, top.length - 1);
                while (at > 0 && Double.compare(cosines[i], cosines[top[at - 1]]) > 0) {
                    top[at] = top[at - 1];
                    at--;
                }
                top[at] = i;
                size = Math.min(size + 1, top.length);
            }
            List<String> nearest = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                nearest.add(ids[top[i]]);
            }
            return List.copyOf(nearest);
        }
    }
}
