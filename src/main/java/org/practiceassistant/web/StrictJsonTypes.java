package org.practiceassistant.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * Every field of our JSON APIs has one type: {@code "question": 12} is a malformed request (400 with a problem body),
 * as {@code "limit": "2"} is (application.yaml turns off coercing strings to numbers). Jackson would otherwise read
 * a number or a boolean as text, so a client's bug would be answered as if it were a question.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJsonTypes {

    @Bean
    JsonMapperBuilderCustomizer textIsNeverANumberOrABoolean() {
        return builder -> builder.withCoercionConfig(LogicalType.Textual, text -> text
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
