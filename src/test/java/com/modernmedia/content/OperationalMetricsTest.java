package com.modernmedia.content;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the Prometheus scraper reads on the management port after some traffic: requests by route template and status
 * (never by the raw path, which slugs, ids and probing clients would multiply without end), the representation
 * cache's hits, misses and size, and the connection pool's use.
 */
@QuarkusTest
class OperationalMetricsTest {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Inject
    Fixtures fixtures;

    /** /q/metrics on the management port (the path is relative to the management root, /q). */
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    private Fixtures.Ref article;

    @BeforeEach
    void content() {
        fixtures.reset();
        article = fixtures.article("Metrics of the harbour " + System.nanoTime()).publish();
    }

    @Test
    void shouldCountRequestsByRouteTemplateAndStatusNeverByTheRawPath() {
        String slug = article.slug();
        given().get("/api/v1/articles/" + slug).then().statusCode(200);
        given().get("/api/v1/articles/" + slug).then().statusCode(200); // from the representation cache
        given().get("/api/v1/articles/" + slug + "?fields=headline&utm_source=" + System.nanoTime()).then().statusCode(200);
        given().get("/api/v1/articles/no-such-" + slug).then().statusCode(404);
        given().get("/api/v1/articles?limit=500").then().statusCode(400);
        given().options("/api/v1/articles/" + slug).then().statusCode(204);
        given().header("Origin", "https://elsewhere.example").contentType("application/json").body("{}")
                .put("/api/v1/articles/" + slug).then().statusCode(403);
        given().get("/api/v1/nothing-here-" + slug).then().statusCode(404);
        given().header("Origin", "https://elsewhere.example").contentType("application/json").body("{}")
                .post("/api/v1/nothing-here-" + slug).then().statusCode(403);

        List<Sample> requests = scrape().stream().filter(s -> s.name().equals("http_server_requests_seconds_count")).toList();

        assertTrue(requests.stream().anyMatch(s -> s.is("uri", "/api/v1/articles/{slugOrId}") && s.is("status", "200")
                && s.is("method", "GET") && s.value() >= 3), "reads of the article, the kept one included, by template: " + requests);
        assertTrue(requests.stream().anyMatch(s -> s.is("uri", "/api/v1/articles/{slugOrId}") && s.is("status", "404")),
                "a slug that does not exist, by template");
        assertTrue(requests.stream().anyMatch(s -> s.is("uri", "/api/v1/articles") && s.is("status", "400")));
        assertTrue(requests.stream().anyMatch(s -> s.is("uri", "NOT_FOUND") && s.is("status", "404")), "a path nothing serves");
        assertTrue(requests.stream().anyMatch(s -> s.is("uri", "/{unmatched}") && s.is("status", "403")),
                "refused ahead of the resources on a path nothing serves");
        assertTrue(requests.stream().anyMatch(s -> s.is("uri", "/api/v1/articles/{slugOrId}") && s.is("status", "204")
                && s.is("method", "OPTIONS")), "OPTIONS, answered ahead of the resources, by template: " + requests);
        assertTrue(requests.stream().anyMatch(s -> s.is("uri", "/api/v1/articles/{slugOrId}") && s.is("status", "403")
                && s.is("method", "PUT")), "a write refused ahead of the resources, by template");
        assertFalse(requests.stream().anyMatch(s -> s.labels().getOrDefault("uri", "").contains(slug)),
                "no series names a slug or a made-up path: " + requests);
        assertFalse(requests.stream().anyMatch(s -> s.labels().getOrDefault("uri", "").contains("?")), "nor a query string");
    }

    @Test
    void shouldReportTheRepresentationCacheHitsMissesAndSize() {
        String path = "/api/v1/articles/" + article.slug();
        double hitsBefore = value(scrape(), "cache_gets_total", "cache", "representations", "result", "hit");
        double missesBefore = value(scrape(), "cache_gets_total", "cache", "representations", "result", "miss");

        given().get(path).then().statusCode(200);
        given().get(path).then().statusCode(200);
        given().get(path).then().statusCode(200);

        List<Sample> after = scrape();
        assertTrue(value(after, "cache_gets_total", "cache", "representations", "result", "hit") >= hitsBefore + 2, "hits");
        assertTrue(value(after, "cache_gets_total", "cache", "representations", "result", "miss") >= missesBefore + 1, "misses");
        assertTrue(value(after, "cache_size", "cache", "representations") >= 1, "entries kept");
        assertTrue(value(after, "representations_weight_bytes") > 0, "memory they take");
    }

    @Test
    void shouldReportTheConnectionPoolsUse() {
        given().get("/api/v1/topics").then().statusCode(200);

        List<Sample> samples = scrape();
        for (String gauge : List.of("agroal_active_count", "agroal_available_count", "agroal_max_used_count",
                "agroal_awaiting_count")) {
            assertTrue(samples.stream().anyMatch(s -> s.name().equals(gauge) && s.is("datasource", "default")), gauge);
        }
        assertTrue(value(samples, "agroal_max_used_count", "datasource", "default") >= 1, "a connection was used");
    }

    private List<Sample> scrape() {
        String text = given().get(metrics).then().statusCode(200).extract().asString();
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (line.startsWith("#") || !sample.matches()) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
        }
        return samples;
    }

    /** The one sample of this name with these labels (name, value pairs). */
    private static double value(List<Sample> samples, String name, String... labels) {
        List<Sample> matching = samples.stream().filter(s -> {
            if (!s.name().equals(name)) {
                return false;
            }
            for (int i = 0; i < labels.length; i += 2) {
                if (!s.is(labels[i], labels[i + 1])) {
                    return false;
                }
            }
            return true;
        }).toList();
        assertEquals(1, matching.size(), name + " " + String.join(",", labels) + ": " + matching);
        return matching.get(0).value();
    }

    private record Sample(String name, Map<String, String> labels, double value) {
        boolean is(String label, String expected) {
            return expected.equals(labels.get(label));
        }
    }
}
