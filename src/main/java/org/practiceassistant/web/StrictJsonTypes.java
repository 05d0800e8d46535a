package org.practiceassistant.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * Every field of our JSON APIs has one type: {@code "question": 12}, {@code "limit": "2"} and {@code "limit": 2.5} are
 * malformed requests (400 with a problem body). Jackson would otherwise read a number or a boolean as text, a string
 * as a number and cut a fraction to a whole number, so a client's bug would be answered as if it were a request. The
 * one place this strictness is set (not also in application.yaml), so the slice tests that import it see it all.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJsonTypes {

    @Bean
    JsonMapperBuilderCustomizer textIsNeverANumberOrABoolean() {
        return builder -> builder
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Textual, text -> text
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
