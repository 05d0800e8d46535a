package org.practiceassistant.channel.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import com.microsoft.bot.builder.StoreItem;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns state items into JSON and back, keeping their Java types, the way the SDK's stores must: the
 * SDK's {@code BotState} hands back exactly what a store returns and casts it, so a dialog stack or a
 * record saved in one turn must come back as the same types in the next, on any instance.
 *
 * <p>Type names are written for values held as {@code Object} or behind an interface (as the SDK's
 * {@code MemoryStorage} does), but only types from our own, the SDK's and the JDK's packages are
 * accepted when reading, so content in a shared store cannot make us instantiate arbitrary classes.
 *
 * <p>The Jackson modules are registered by hand rather than discovered: discovery goes through a class
 * loader that cannot see the nested jars of the packaged application (DESIGN.md section 3).
 */
final class StateCodec {

    private final ObjectMapper mapper;

    StateCodec() {
        var allowedTypes = BasicPolymorphicTypeValidator.builder()
            .allowIfSubType("org.practiceassistant.")
            .allowIfSubType("com.microsoft.bot.")
            .allowIfSubType("java.util.")
            .allowIfSubType("java.time.")
            .allowIfSubType("java.lang.")
            .allowIfSubTypeIsArray()
            .build();
        mapper = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(new ParameterNamesModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .activateDefaultTyping(allowedTypes, ObjectMapper.DefaultTyping.OBJECT_AND_NON_CONCRETE)
            .build();
    }

    /** The item as JSON, without the eTag it carries (the store keeps versions itself). */
    String encode(Object value) {
        Object withoutETag = value;
        if (value instanceof Map<?, ?> map && map.containsKey(WriteCondition.MAP_ETAG_KEY)) {
            var copy = new LinkedHashMap<Object, Object>(map);
            copy.remove(WriteCondition.MAP_ETAG_KEY);
            withoutETag = copy;
        }
        try {
            return mapper.writerFor(Object.class).writeValueAsString(withoutETag);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                "A state item of type " + value.getClass().getName() + " cannot be stored as JSON", e);
        }
    }

    /** The item stored as {@code json}, carrying {@code eTag} so that a later write can be checked. */
    Object decode(String json, String eTag) {
        try {
            return withETag(mapper.readValue(json, Object.class), eTag);
        } catch (JsonProcessingException e) {
            // Jackson's message may quote the content, which may be case text: name the failure only.
            throw new IllegalStateException("A stored state item could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Stamps a freshly written item with its new eTag, so a second save in the same turn is not a conflict. */
    @SuppressWarnings("unchecked")
    static Object withETag(Object value, String eTag) {
        if (value instanceof StoreItem item) {
            item.setETag(eTag);
        } else if (value instanceof Map<?, ?> map) {
            try {
                ((Map<String, Object>) map).put(WriteCondition.MAP_ETAG_KEY, eTag);
            } catch (UnsupportedOperationException immutable) {
                // An immutable map cannot carry its version; its next write overwrites, as before.
            }
        }
        return value;
    }
}
