package com.modernmedia.content.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A partner's endpoint, as a partner would write it from the Standard Webhooks specification alone: it checks
 * every signature itself (HMAC-SHA256 of "id.timestamp.body" with the base64-decoded secret), dedupes on
 * webhook-id, and answers what the test tells it to.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived. */
    record Received(String path, String id, long timestamp, String signatureHeader, String contentType, String body,
                    List<String> verifiedBy, int answered) {
    }

    /** What to answer: a status and extra headers. */
    record Answer(int status, Map<String, String> headers) {
        static Answer of(int status) {
            return new Answer(status, Map.of());
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, String> deduped = new LinkedHashMap<>();
    private volatile List<String> secrets = List.of();
    private volatile Function<Integer, Answer> answers = n -> Answer.of(200);

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The secrets whose signatures it accepts, as the partner stored them (whsec_...). */
    void trust(String... secrets) {
        this.secrets = List.of(secrets);
    }

    /** Answers by the number of the request (1 for the first). */
    void answer(Function<Integer, Answer> answers) {
        this.answers = answers;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> receivedAt(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** The events it accepted (a 2xx answer and a valid signature), each once, in the order they first came. */
    synchronized List<String> events() {
        return new ArrayList<>(deduped.values());
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        String body = new String(bytes, StandardCharsets.UTF_8);
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestampHeader = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
        long timestamp = timestampHeader == null ? -1 : Long.parseLong(timestampHeader);
        List<String> verifiedBy = verify(id, timestampHeader, body, signatures);
        Answer answer;
        synchronized (this) {
            answer = answers.apply(received.size() + 1);
            received.add(new Received(exchange.getRequestURI().getPath(), id, timestamp, signatures,
                    exchange.getRequestHeaders().getFirst("Content-Type"), body, verifiedBy, answer.status()));
            if (answer.status() / 100 == 2 && !verifiedBy.isEmpty()) {
                deduped.putIfAbsent(id, body);
            }
        }
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(answer.status(), -1);
        exchange.close();
    }

    /** The trusted secrets that one of the header's v1 signatures was made with. */
    private List<String> verify(String id, String timestamp, String body, String header) {
        List<String> verified = new ArrayList<>();
        if (id == null || timestamp == null || header == null) {
            return verified;
        }
        for (String secret : secrets) {
            String expected = hmac(secret, id + "." + timestamp + "." + body);
            for (String signature : header.split(" ")) {
                if (signature.equals("v1," + expected)) {
                    verified.add(secret);
                }
            }
        }
        return verified;
    }

    private static String hmac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
