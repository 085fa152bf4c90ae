package com.modernmedia.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar (target/quarkus-app, built by {@code mvnw verify} before this runs) in the production profile,
 * configured only by environment variables that docs/operations.md names, against the test PostgreSQL server: it
 * logs one JSON object per line, each about a request carrying that request's id, and never a key; and it shuts
 * down gracefully on SIGTERM: readiness down at once while it still answers for SHUTDOWN_DELAY, then new requests
 * refused while the ones in flight finish, for at most SHUTDOWN_TIMEOUT. One start serves both tests (starting takes
 * long on a busy machine); the one that stops it runs last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionRunIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Duration DELAY = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** Starting a JVM on a machine shared with other builds can take a while. */
    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final String ADMIN_KEY = "it-admin-key-" + Long.toHexString(System.nanoTime()) + "-not-secret-0123456789";
    private static final String DB_URL = System.getenv().getOrDefault("DB_URL", "jdbc:postgresql://localhost:5432/postgres");
    /** Its own schema, beside the one the @QuarkusTest run empties, so that the two never meet. */
    private static final String SCHEMA = System.getenv().getOrDefault("TEST_DB_SCHEMA", "content_test") + "_prod";

    private final ObjectMapper json = new ObjectMapper();
    /** HTTP/1.1, as load balancers speak to the service (the JDK client would otherwise try h2c). */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> output = new CopyOnWriteArrayList<>();
    private Process service;
    private int httpPort;
    private int managementPort;

    @BeforeAll
    void start() throws Exception {
        assertTrue(Files.exists(JAR), "mvnw verify packages the jar before the integration tests run");
        try (Connection connection = DriverManager.getConnection(DB_URL, System.getenv().getOrDefault("DB_USER", "postgres"),
                System.getenv().getOrDefault("DB_PASSWORD", ""));
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
        httpPort = freePort();
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("DB_URL", DB_URL);
        environment.put("DB_SCHEMA", SCHEMA);
        environment.put("HTTP_PORT", String.valueOf(httpPort));
        managementPort = freePort();
        environment.put("MANAGEMENT_PORT", String.valueOf(managementPort));
        environment.put("MANAGEMENT_HOST", "127.0.0.1");
        environment.put("CONTENT_ADMIN_KEY", ADMIN_KEY);
        environment.put("CONTENT_SYNC_TOKEN_KEY", "it-sync-token-key-not-secret-0123456789");
        environment.put("SHUTDOWN_DELAY", DELAY.toSeconds() + "s");
        environment.put("SHUTDOWN_TIMEOUT", TIMEOUT.toSeconds() + "s");
        environment.put("DB_ACQUISITION_TIMEOUT", "10S"); // new connections are slow on a busy machine
        String guide = Files.readString(Path.of("docs/operations.md"));
        for (String variable : environment.keySet()) {
            assertTrue(guide.contains("`" + variable + "`"), variable + " is documented in docs/operations.md");
        }

        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()).redirectErrorStream(true);
        builder.environment().clear(); // only what the guide names
        builder.environment().putAll(environment);
        service = builder.start();
        Thread reader = new Thread(this::collectOutput, "production-run-output");
        reader.setDaemon(true);
        reader.start();
        await("ready", STARTUP, () -> status("/q/health/ready") == 200);
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    @Order(1)
    void shouldLogOneJsonObjectPerLineWithTheRequestIdAndNoKey() throws Exception {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri("/api/v1/topics"))
                .header("Authorization", "Bearer " + ADMIN_KEY).header("Content-Type", "application/json")
                .header("X-Request-Id", "it-write-1").POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Harbour pilots\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("it-write-1", created.headers().firstValue("X-Request-Id").orElse(null));
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(uri("/api/v1/topics"))
                .header("Authorization", "Bearer cak_notAKey" + ADMIN_KEY).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, refused.statusCode());

        await("the write is logged", Duration.ofSeconds(10), () -> output.stream().anyMatch(l -> l.contains("Content changed")));
        List<JsonNode> events = new ArrayList<>();
        for (String line : output) {
            JsonNode event = json.readTree(line);
            assertTrue(event.isObject() && event.hasNonNull("level") && event.hasNonNull("message"), "a JSON event: " + line);
            events.add(event);
        }
        JsonNode changed = events.stream().filter(e -> e.get("message").asText().startsWith("Content changed")).findFirst().orElseThrow();
        assertEquals("it-write-1", changed.path("mdc").path("requestId").asText(), changed.toString());
        assertTrue(output.stream().noneMatch(l -> l.contains(ADMIN_KEY) || l.contains("Bearer")), "no key is logged");
    }

    @Test
    @Order(2)
    void shouldFinishRequestsInFlightAndRefuseNewOnesWhenStopped() throws Exception {
        try (Socket finishing = new Socket("127.0.0.1", httpPort); Socket stalled = new Socket("127.0.0.1", httpPort)) {
            String body = "{\"name\": \"Dock workers\"}";
            OutputStream finishingOut = startTopicCreate(finishing, body);
            startTopicCreate(stalled, body.replace("Dock", "Ship")); // never sends the rest of its body
            await("both requests are under way", Duration.ofSeconds(10), () -> activeRequests() >= 2);

            long stopped = System.nanoTime();
            service.toHandle().destroy(); // SIGTERM, as Kubernetes stops a pod
            await("readiness reports down at once", DELAY, () -> status("/q/health/ready") == 503);
            if (since(stopped).compareTo(DELAY.minusSeconds(2)) < 0) {
                assertEquals(200, status("/api/v1/topics"), "still answering while the load balancer notices");
            }
            await("new requests are refused after the delay", DELAY.plusSeconds(5), () -> status("/api/v1/topics") == 503);
            assertTrue(since(stopped).compareTo(DELAY.minusMillis(500)) >= 0, "not before the delay: " + since(stopped));

            finishingOut.write(body.substring(body.length() / 2).getBytes(StandardCharsets.UTF_8));
            finishingOut.flush();
            String statusLine = new BufferedReader(new InputStreamReader(finishing.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertEquals("HTTP/1.1 201 Created", statusLine, "the request in flight finished");
            assertTrue(service.isAlive(), "still waiting for the stalled request");

            assertTrue(service.waitFor(TIMEOUT.plusSeconds(15).toSeconds(), TimeUnit.SECONDS), "stopped after the timeout");
            assertTrue(output.stream().anyMatch(l -> l.contains("Timed out waiting for graceful shutdown")),
                    "the stalled request held it until SHUTDOWN_TIMEOUT");
        }
    }

    /** Sends the headers and the first half of the body: a request the server has begun and not finished. */
    private OutputStream startTopicCreate(Socket socket, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/v1/topics HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + ADMIN_KEY
                + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(body.substring(0, body.length() / 2).getBytes(StandardCharsets.UTF_8));
        out.flush();
        return out;
    }

    private int status(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1; // not listening (yet, or any more)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Requests the HTTP port has begun and not answered, as the metrics on the management port count them. */
    private double activeRequests() {
        try {
            String metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/q/metrics"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            return metrics.lines().filter(line -> line.startsWith("http_server_active_requests"))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    private void collectOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }

    private void await(String what, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + limit + "; the service wrote:\n" + String.join("\n", output));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
