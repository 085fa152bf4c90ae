package com.modernmedia.content.ratelimit;

import com.modernmedia.content.Fixtures;
import com.modernmedia.content.TestClock;
import com.modernmedia.content.shared.Problem;
import com.modernmedia.content.shared.RepresentationCache;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every caller has a quota per window, and every answer says what is left of it: an API key by its role, counted in
 * PostgreSQL; a caller without a key by its address, as a trusted proxy names it. Small quotas here, and a stopped
 * clock that the tests move instead of waiting for a window to pass.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallQuotas.class)
class RateLimitTest {

    /** The one profile of the rate-limit tests (KeyBucketsTest shares it): tests connect from 127.0.0.1, a trusted proxy. */
    public static class SmallQuotas implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("content.rate-limits.partner", "3",
                    "content.rate-limits.editor", "5",
                    "content.rate-limits.admin", "50",
                    "content.rate-limits.anonymous", "4",
                    "content.rate-limits.window", "60s",
                    "content.rate-limits.trusted-proxies", "127.0.0.1,::1");
        }
    }

    private static final String PROBLEMS = "https://content-api.modernmedia.example/problems/";
    private static int nextClient;

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    RepresentationCache cache;

    /** /q/metrics on the management port (the path is relative to the management root, /q). */
    @TestHTTPResource(value = "/metrics", management = true)
    URL managementMetrics;

    @BeforeEach
    void content() {
        fixtures.reset();
        fixtures.topic("Shipping");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void shouldRefuseAKeyOverItsQuotaWithA429ProblemUntilItsWindowEnds() {
        clock.stop();
        String partner = fixtures.apiKey("partner");
        for (int left = 2; left >= 0; left--) {
            withKey(partner).when().get("/api/v1/topics")
                    .then().statusCode(200)
                    .header("RateLimit-Policy", equalTo("\"partner\";q=3;w=60"))
                    .header("RateLimit", equalTo("\"partner\";r=" + left + ";t=60"));
        }

        withKey(partner).when().get("/api/v1/topics")
                .then().statusCode(429)
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", equalTo("60"))
                .header("RateLimit-Policy", equalTo("\"partner\";q=3;w=60"))
                .header("RateLimit", equalTo("\"partner\";r=0;t=60"))
                .body("type", equalTo(PROBLEMS + "quota-exceeded"))
                .body("title", equalTo("Too Many Requests"))
                .body("status", equalTo(429))
                .body("detail", equalTo("The quota 'partner' of 3 requests every 60 seconds is used up. Retry after the "
                        + "time in Retry-After (60 seconds); the RateLimit header says what is left."))
                .body("instance", equalTo("/api/v1/topics"));

        clock.advance(Duration.ofSeconds(45));
        withKey(partner).when().get("/api/v1/sync")
                .then().statusCode(429).header("Retry-After", equalTo("15")).header("RateLimit", equalTo("\"partner\";r=0;t=15"));

        clock.advance(Duration.ofSeconds(15));
        withKey(partner).when().get("/api/v1/topics")
                .then().statusCode(200).header("RateLimit", equalTo("\"partner\";r=2;t=60"));
    }

    @Test
    void shouldCountEachKeyAgainstItsOwnQuota() {
        clock.stop();
        String first = fixtures.apiKey("partner");
        String second = fixtures.apiKey("partner");
        String editor = fixtures.apiKey("editor");
        for (int i = 0; i < 3; i++) {
            withKey(first).when().get("/api/v1/topics").then().statusCode(200);
        }
        withKey(first).when().get("/api/v1/topics").then().statusCode(429);

        withKey(second).when().get("/api/v1/topics")
                .then().statusCode(200).header("RateLimit", equalTo("\"partner\";r=2;t=60"));
        withKey(editor).when().get("/api/v1/topics")
                .then().statusCode(200)
                .header("RateLimit-Policy", equalTo("\"editor\";q=5;w=60"))
                .header("RateLimit", equalTo("\"editor\";r=4;t=60"));
        withKey(first).when().get("/api/v1/topics").then().statusCode(429);
    }

    @Test
    void shouldCountCallersWithoutAKeyByTheAddressTheirTrustedProxyNames() {
        clock.stop();
        String reader = newClient();
        String other = newClient();
        for (int left = 3; left >= 0; left--) {
            from(reader).when().get("/api/v1/topics")
                    .then().statusCode(200)
                    .header("RateLimit-Policy", equalTo("\"anonymous\";q=4;w=60"))
                    .header("RateLimit", equalTo("\"anonymous\";r=" + left + ";t=60"));
        }
        from(reader).when().get("/api/v1/topics")
                .then().statusCode(429).header("Retry-After", equalTo("60")).body("detail", containsString("'anonymous' of 4"));
        // Whatever the client itself writes to the left of what its proxy appended changes nothing.
        given().header("X-Forwarded-For", other + ", " + reader).when().get("/api/v1/topics").then().statusCode(429);

        from(other).when().get("/api/v1/topics")
                .then().statusCode(200).header("RateLimit", equalTo("\"anonymous\";r=3;t=60"));

        clock.advance(Duration.ofSeconds(60));
        from(reader).when().get("/api/v1/topics").then().statusCode(200).header("RateLimit", equalTo("\"anonymous\";r=3;t=60"));
    }

    @Test
    void shouldIgnoreTheForwardingHeaderOfAPeerThatIsNoTrustedProxy() throws IOException {
        clock.stop();
        // 127.0.0.2 is this machine too, but not a trusted proxy: each request names another client, all count as its own.
        for (int sent = 0; sent < 4; sent++) {
            String answer = getFrom127002(newClient());
            assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
        }
        String refused = getFrom127002(newClient());
        assertTrue(refused.startsWith("HTTP/1.1 429 "), refused);
        assertTrue(refused.contains("RateLimit: \"anonymous\";r=0;t=60"), refused);
    }

    @Test
    void shouldGiveAKeptAnswerAndA304TheFieldsOfTheClientAskingNow() {
        String early = newClient();
        String late = newClient();
        from(early).when().get("/api/v1/topics").then().statusCode(200);
        String etag = from(early).when().get("/api/v1/topics")
                .then().statusCode(200).header("RateLimit", containsString("\"anonymous\";r=2;")).extract().header("ETag");
        assertNotNull(cache.find("/api/v1/topics"), "the list is kept, and answered from memory from now on");

        from(late).when().get("/api/v1/topics")
                .then().statusCode(200).header("ETag", equalTo(etag)).header("RateLimit", containsString("\"anonymous\";r=3;"));
        from(late).header("If-None-Match", etag).when().get("/api/v1/topics")
                .then().statusCode(304).header("RateLimit", containsString("\"anonymous\";r=2;"));
        from(early).header("If-None-Match", etag).when().get("/api/v1/topics")
                .then().statusCode(304).header("RateLimit", containsString("\"anonymous\";r=1;"));
    }

    @Test
    void shouldCountAndLabelProblemsRedirectsAndRefusedKeysToo() {
        String client = newClient();
        Fixtures.Ref article = fixtures.article("Tankers wait at anchor").publish();
        fixtures.oldSlug("article", "tankers-wait", article);

        from(client).when().get("/api/v1/magazines")
                .then().statusCode(404).header("RateLimit", containsString("\"anonymous\";r=3;"));
        from(client).redirects().follow(false).when().get("/api/v1/articles/tankers-wait")
                .then().statusCode(301).header("RateLimit", containsString("\"anonymous\";r=2;"));
        // A key the service does not know is counted by the address it comes from, and refused as ever.
        from(client).auth().oauth2("cak_no_such_key").when().get("/api/v1/topics")
                .then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"))
                .header("RateLimit", containsString("\"anonymous\";r=1;"));
        String partner = fixtures.apiKey("partner");
        withKey(partner).contentType("application/json").body("{\"name\": \"Ports\"}").when().post("/api/v1/topics")
                .then().statusCode(403).header("RateLimit", containsString("\"partner\";r=2;"));
    }

    @Test
    void shouldNotCountHealthTheOpenApiDocumentSwaggerUiOrMetrics() {
        String client = newClient();
        for (int i = 0; i < 4; i++) {
            from(client).when().get("/api/v1/topics").then().statusCode(200);
        }
        from(client).when().get("/api/v1/topics").then().statusCode(429);

        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/health/live", "/q/openapi", "/q/swagger-ui/"}) {
            from(client).when().get(path)
                    .then().statusCode(200).header("RateLimit", nullValue()).header("RateLimit-Policy", nullValue());
        }
        from(client).when().get(managementMetrics)
                .then().statusCode(200).header("RateLimit", nullValue()).header("RateLimit-Policy", nullValue());
    }

    @Test
    void shouldLetBrowsersReadTheRateLimitFieldsAndA429() {
        String client = newClient();
        for (int i = 0; i < 4; i++) {
            from(client).header("Origin", "https://app.example").when().get("/api/v1/topics")
                    .then().statusCode(200)
                    .header("Access-Control-Expose-Headers", allOf(containsString("RateLimit-Policy"),
                            containsString("RateLimit,"), containsString("Retry-After")));
        }
        from(client).header("Origin", "https://app.example").when().get("/api/v1/topics")
                .then().statusCode(429)
                .header("Access-Control-Allow-Origin", equalTo("https://app.example"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"));
    }

    private static RequestSpecification withKey(String key) {
        return given().auth().oauth2(key);
    }

    /** A request that the test's trusted proxy (this JVM, from 127.0.0.1) forwards for that client. */
    private static RequestSpecification from(String client) {
        return given().header("X-Forwarded-For", client);
    }

    /** A client address no other test has used: the anonymous buckets live as long as the service. */
    private static synchronized String newClient() {
        nextClient++;
        return "198.51.100." + nextClient;
    }

    /** GET /api/v1/topics from the local address 127.0.0.2, forwarded "for" the client. */
    private static String getFrom127002(String client) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), RestAssured.port, InetAddress.getByName("127.0.0.2"), 0)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /api/v1/topics HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: " + client
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
