package org.practiceassistant.system.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every setting name the application reads: the properties of our own {@code @ConfigurationProperties}
 * records, Spring Boot's documented properties (its configuration metadata), and the conventional names
 * application.yaml maps onto them ({@code ${MicrosoftAppId:}}). Compared in Spring's relaxed form, so
 * {@code ASSISTANT_STATE_BLOB_CONNECTION_STRING} matches {@code assistant.state.blob.connection-string}.
 */
final class ApplicationSettings {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9_.]*)[:}]");
    /** Read by the JVM itself, not by the application. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "JAVA_OPTS", "JDK_JAVA_OPTIONS");

    private final Set<String> relaxed = new TreeSet<>();
    private final Set<String> ours = new TreeSet<>();
    private final Set<Class<?>> types = new java.util.HashSet<>();
    private final Set<Class<?>> enabled = new java.util.HashSet<>();

    ApplicationSettings() throws IOException, ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.practiceassistant")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
            types.add(type);
            collect(annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix(), type);
        }
        var configurations = new ClassPathScanningCandidateComponentProvider(false);
        configurations.addIncludeFilter(new AnnotationTypeFilter(EnableConfigurationProperties.class));
        for (BeanDefinition candidate : configurations.findCandidateComponents("org.practiceassistant")) {
            enabled.addAll(List.of(Class.forName(candidate.getBeanClassName())
                .getAnnotation(EnableConfigurationProperties.class).value()));
        }
        ObjectMapper json = new ObjectMapper();
        for (URL metadata : Collections.list(getClass().getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = metadata.openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    relaxed.add(relax(property.get("name").asText()));
                }
            }
        }
        Matcher placeholder = PLACEHOLDER.matcher(Files.readString(Path.of("src/main/resources/application.yaml")));
        while (placeholder.find()) {
            relaxed.add(relax(placeholder.group(1)));
            ours.add(placeholder.group(1));
        }
    }

    private void collect(String prefix, Class<?> type) {
        if (!type.isRecord()) {
            relaxed.add(relax(prefix));
            ours.add(prefix);
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "." + kebab(component.getName());
            if (component.getType().isRecord() && component.getType().getName().startsWith("org.practiceassistant.")) {
                collect(name, component.getType());
            } else {
                relaxed.add(relax(name));
                ours.add(name);
            }
        }
    }

    /** Whether the application reads a setting of this name, in any of Spring's relaxed spellings. */
    boolean reads(String name) {
        return JVM_VARIABLES.contains(name) || relaxed.contains(relax(name))
            // Map-valued properties (logging.level.<logger>) take any suffix.
            || relaxed.stream().anyMatch(known -> known.endsWith("level") && relax(name).startsWith(known));
    }

    /** Our own {@code @ConfigurationProperties} types. */
    Set<Class<?>> types() {
        return types;
    }

    /** The types some configuration names in {@code @EnableConfigurationProperties}. */
    Set<Class<?>> enabled() {
        return enabled;
    }

    /** Our own settings, for messages. */
    Set<String> ours() {
        return ours;
    }

    private static String relax(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
