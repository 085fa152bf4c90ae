package com.modernmedia.content;

import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidatorImpl;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** content.search.name-similarity is a threshold from 0 to 1: anything else stops the service at startup, as Quarkus validates it. */
class NameSimilaritySettingTest {

    private static ContentConfig.Search search(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withMapping(ContentConfig.Search.class, "content.search")
                .withValidator(new BeanValidationConfigValidatorImpl())
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build().getConfigMapping(ContentConfig.Search.class, "content.search");
    }

    @Test
    void shouldDefaultToPgTrgmsOwnThresholdAndTakeZeroToOne() {
        assertEquals(0.6, search(Map.of()).nameSimilarity());
        assertEquals(0.0, search(Map.of("content.search.name-similarity", "0")).nameSimilarity());
        assertEquals(1.0, search(Map.of("content.search.name-similarity", "1")).nameSimilarity());
    }

    @Test
    void shouldRefuseAThresholdOutsideZeroToOne() {
        for (String value : new String[]{"-0.1", "1.01", "60"}) {
            assertThrows(ConfigValidationException.class, () -> search(Map.of("content.search.name-similarity", value)), value);
        }
    }
}
