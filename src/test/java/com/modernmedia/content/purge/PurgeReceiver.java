package com.modernmedia.content.purge;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntUnaryOperator;

/** A CDN's purge endpoint on a free port of 127.0.0.1: records every request and answers what the test tells it to. */
final class PurgeReceiver implements AutoCloseable {

    /** One request as it arrived. */
    record Received(String method, String path, String surrogateKey, String fastlyKey) {

        /** The keys, in the order sent. */
        List<String> keys() {
            return Arrays.asList(surrogateKey.split(" "));
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile IntUnaryOperator answers = n -> 200;

    PurgeReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The status of each request by its number (1 for the first); it may block, to hold a request in flight. */
    void answer(IntUnaryOperator answers) {
        this.answers = answers;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Every key of every request, each once, in the order they came. */
    Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        received.forEach(request -> keys.addAll(request.keys()));
        return keys;
    }

    private void handle(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Surrogate-Key"),
                exchange.getRequestHeaders().getFirst("Fastly-Key")));
        exchange.sendResponseHeaders(answers.applyAsInt(received.size()), -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
