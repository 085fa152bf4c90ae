package com.modernmedia.content.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;

/**
 * Request bodies are read strictly: JSON and nothing after it, each member once; a number where text belongs,
 * text where a number belongs, or a fraction where a whole number belongs, is a 400 that names the field,
 * not a silent conversion; text must be text the service takes ({@link Texts}) and times within
 * {@link TimeRange}.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Last, so that its readers of text and times come after the modules Quarkus registers (java.time's). */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        mapper.getFactory().configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature(), true);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("content-api-strict-values")
                .addDeserializer(String.class, new TakenText())
                .addDeserializer(Instant.class, new TakenTime()));
    }

    /** A value the client must change, with why: answered as a 400 on the field it stands in. */
    public static class RefusedValue extends JsonMappingException {

        RefusedValue(JsonParser parser, String why) {
            super(parser, why);
        }
    }

    private static final class TakenText extends StdScalarDeserializer<String> {

        TakenText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            String refusal = text == null ? null : Texts.refusal(text);
            if (refusal != null) {
                throw new RefusedValue(parser, refusal);
            }
            return text;
        }
    }

    private static final class TakenTime extends StdScalarDeserializer<Instant> {

        TakenTime() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Instant time = InstantDeserializer.INSTANT.deserialize(parser, context);
            if (time != null && !TimeRange.contains(time)) {
                throw new RefusedValue(parser, TimeRange.RULE);
            }
            return time;
        }
    }
}
