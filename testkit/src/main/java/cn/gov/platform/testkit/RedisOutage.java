package cn.gov.platform.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Redis as a service sees it when Redis stops: a TCP relay in front of the test platform's Redis
 * that a test can {@link #stop()} (every connection is closed and new ones are refused, as with a
 * stopped process) and {@link #start()} again on the same port. A test class that wants it points
 * its service at the relay ({@link #register}) and so gets a Spring context of its own, while the
 * shared Redis keeps serving every other test.
 */
public final class RedisOutage {

    /** The property that, when set, replaces the test platform's Redis port (see {@link TestPlatform#register}). */
    static final String PORT_PROPERTY = "platform.test.redis-relay-port";

    private final int port;
    private final int target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile @Nullable ServerSocket listening;

    private RedisOutage(int port, int target) {
        this.port = port;
        this.target = target;
    }

    /** A relay to the test platform's Redis, running. */
    public static RedisOutage inFrontOfTestRedis() {
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            RedisOutage outage = new RedisOutage(probe.getLocalPort(), TestPlatform.get().redis().port());
            probe.close();
            outage.start();
            return outage;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The relay's port, which the service's Redis client must use. */
    public int port() {
        return port;
    }

    /** Points the service's Redis client at the relay. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add(PORT_PROPERTY, () -> port);
    }

    /** Redis is back: connections are accepted and relayed again. */
    public synchronized void start() {
        if (listening != null) {
            return;
        }
        try {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listening = server;
            Thread.ofPlatform().daemon().name("redis-outage-accept").start(() -> accept(server));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Redis is gone: open connections are cut, new ones refused. */
    public synchronized void stop() {
        ServerSocket server = listening;
        listening = null;
        closeQuietly(server);
        open.forEach(RedisOutage::closeQuietly);
        open.clear();
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket redis = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(client);
                open.add(redis);
                pump(client, redis);
                pump(redis, client);
            } catch (IOException e) {
                // Closed by stop(), or Redis itself refused: the client sees its connection end.
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread.ofVirtual().start(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // One side closed.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        });
    }

    private static void closeQuietly(@Nullable AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception e) {
                // Already closed.
            }
        }
    }
}
