package org.practiceassistant.ask;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Embeds one question with the model's session, the vector langchain4j's {@code OnnxBertBiEncoder} makes of it to the last
 * bit, for about half the work around the model: the question is tokenised once (the encoder tokenises it, rebuilds a
 * sentence from the tokens, tokenises that to check it, then encodes it: three passes of the native tokenizer and a
 * linked list), only the model's first output is asked for, and only its first token's vector (the CLS pooling the model
 * uses) is read, rather than every token's vector copied into Java arrays.
 *
 * <p>The same ids reach the model: a sentence rebuilt from a question's tokens is tokenised into the same tokens (the
 * encoder's own check), so encoding it gives the ids encoding the question does. A question of more tokens than the model
 * reads at once ({@link #MAX_TOKENS}), which the encoder splits and averages, is left to it ({@link Optional#empty()}).
 */
final class QuestionEncoder {

    /** The model's positions, [CLS] and [SEP] included: a question this long or longer may have been cut or split. */
    static final int MAX_TOKENS = 512;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;
    /** The model's first output (every token's last hidden state), the one the encoder pools. */
    private final Set<String> hiddenStates;

    QuestionEncoder(OrtEnvironment environment, OrtSession session, InputStream tokenizer) throws IOException, OrtException {
        this.environment = environment;
        this.session = session;
        // As the encoder builds its tokenizer: no padding, so a question is embedded at its own length.
        this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizer, Map.of("padding", "false"));
        this.typeIds = session.getInputNames().contains("token_type_ids");
        this.hiddenStates = Set.of(session.getOutputNames().iterator().next());
    }

    /** The unit-length vector of {@code text}; empty when it is too long to be read in one pass of the model. */
    Optional<float[]> embed(String text) {
        Encoding encoding = tokenizer.encode(text, true, false);
        long[] ids = encoding.getIds();
        if (ids.length >= MAX_TOKENS) {
            return Optional.empty();
        }
        long[] shape = {1, ids.length};
        try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor attentionMask = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getAttentionMask()), shape);
             OnnxTensor tokenTypeIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getTypeIds()), shape)) {
            Map<String, OnnxTensor> inputs = typeIds
                    ? Map.of("input_ids", inputIds, "attention_mask", attentionMask, "token_type_ids", tokenTypeIds)
                    : Map.of("input_ids", inputIds, "attention_mask", attentionMask);
            try (OrtSession.Result result = session.run(inputs, hiddenStates)) {
                FloatBuffer states = ((OnnxTensor) result.get(0)).getFloatBuffer();
                long[] dims = ((OnnxTensor) result.get(0)).getInfo().getShape();
                float[] cls = new float[(int) dims[2]];
                states.get(0, cls);
                return Optional.of(normalised(cls));
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence-embedding model failed on a question", e);
        }
    }

    /** Scaled to unit length exactly as the encoder scales it (a float sum of squares, each value divided by its root). */
    static float[] normalised(float[] vector) {
        float sumSquare = 0;
        for (float v : vector) {
            sumSquare += v * v;
        }
        float norm = (float) Math.sqrt(sumSquare);
        float[] normalised = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            normalised[i] = vector[i] / norm;
        }
        return normalised;
    }
}
