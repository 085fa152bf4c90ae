package com.modernmedia.content;

import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidatorImpl;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Search settings the formulas cannot work with stop the service at startup, as Quarkus validates content.*. */
class SearchSettingsTest {

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

    @Test
    void shouldRefuseAHalfLifeUnderASecondSinceRecencyDividesByIt() {
        assertEquals(Duration.ofDays(30), search(Map.of()).halfLife());
        assertEquals(Duration.ofSeconds(1), search(Map.of("content.search.half-life", "PT1S")).halfLife());
        for (String value : new String[]{"PT0S", "PT0.5S", "-P1D"}) {
            assertThrows(ConfigValidationException.class, () -> search(Map.of("content.search.half-life", value)), value);
        }
    }

    @Test
    void shouldRefuseANegativeWeight() {
        assertThrows(ConfigValidationException.class, () -> search(Map.of("content.search.relevance-weight", "-0.5")));
        assertThrows(ConfigValidationException.class, () -> search(Map.of("content.search.recency-weight", "-1")));
        assertEquals(0.0, search(Map.of("content.search.recency-weight", "0")).recencyWeight());
    }
}
