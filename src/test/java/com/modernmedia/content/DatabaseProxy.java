package com.modernmedia.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP proxy between the service and PostgreSQL, so that a test can take the database away from the service
 * (every connection cut, new ones refused) and give it back, or cut one connection exactly at the COMMIT of a
 * chosen transaction, before or after PostgreSQL receives it. COMMIT is recognised by its text: the driver
 * must not prepare it on the server ({@code prepareThreshold=0}).
 */
public final class DatabaseProxy implements AutoCloseable {

    /** When a trapped connection is cut, relative to the COMMIT it carries. */
    public enum Cut { BEFORE_COMMIT, AFTER_COMMIT }

    private static final byte[] COMMIT = "COMMIT".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Trap> trap = new AtomicReference<>();
    private volatile boolean down;
    private final AtomicInteger trapsSprung = new AtomicInteger();

    public DatabaseProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "database-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Cuts every connection and refuses new ones, as a database that went away. */
    public void takeDown() {
        down = true;
        open.forEach(DatabaseProxy::closeQuietly);
    }

    /** Accepts connections again. */
    public void bringBack() {
        down = false;
    }

    /**
     * The connection that next sends {@code marker} (a value only the chosen transaction writes) is cut at its
     * next COMMIT, before or after PostgreSQL receives it.
     */
    public void cutAtCommitOf(String marker, Cut when) {
        trap.set(new Trap(marker.getBytes(StandardCharsets.UTF_8), when));
    }

    private record Trap(byte[] marker, Cut when) {
    }

    /** How many commits a trap has cut so far. */
    public int trapsSprung() {
        return trapsSprung.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
        takeDown();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (down) {
                    closeQuietly(client);
                    continue;
                }
                Socket database = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(database);
                Connection connection = new Connection(client, database);
                start(connection::towardsDatabase);
                start(connection::towardsClient);
            } catch (IOException e) {
                // closed, or PostgreSQL refused: the client sees its connection fail
            }
        }
    }

    /** One connection through the proxy: a pump each way. */
    private final class Connection {

        private final Socket client;
        private final Socket database;
        /** The trap this connection sprang on its way to a COMMIT. */
        private Trap armed;
        /** A COMMIT went through with an AFTER_COMMIT trap: its answer must never reach the client. */
        private volatile boolean unanswered;

        private Connection(Socket client, Socket database) {
            this.client = client;
            this.database = database;
        }

        private void towardsDatabase() {
            byte[] buffer = new byte[16384];
            try (InputStream in = client.getInputStream(); OutputStream out = database.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    Trap set = trap.get();
                    if (armed == null && set != null && contains(buffer, read, set.marker()) && trap.compareAndSet(set, null)) {
                        armed = set;
                    }
                    if (armed != null && contains(buffer, read, COMMIT)) {
                        trapsSprung.incrementAndGet();
                        if (armed.when() == Cut.BEFORE_COMMIT) {
                            break; // PostgreSQL never sees the COMMIT and rolls the transaction back
                        }
                        unanswered = true;
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // one side went away
            } finally {
                closeBoth();
            }
        }

        /** PostgreSQL answers a COMMIT once it is durable: an unanswered one is cut right there. */
        private void towardsClient() {
            byte[] buffer = new byte[16384];
            try (InputStream in = database.getInputStream(); OutputStream out = client.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0 && !unanswered) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // one side went away
            } finally {
                closeBoth();
            }
        }

        private void closeBoth() {
            closeQuietly(client);
            closeQuietly(database);
            open.remove(client);
            open.remove(database);
        }
    }

    private static void start(Runnable pump) {
        Thread thread = new Thread(pump, "database-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static boolean contains(byte[] buffer, int length, byte[] word) {
        outer:
        for (int i = 0; i + word.length <= length; i++) {
            for (int j = 0; j < word.length; j++) {
                if (buffer[i + j] != word[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
