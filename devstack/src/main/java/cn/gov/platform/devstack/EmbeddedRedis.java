package cn.gov.platform.devstack;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;

/**
 * A real Redis server process: {@code redis-server} from the PATH when the machine has one
 * (Debian's is 7.0), otherwise the binary bundled in the embedded-redis jar.
 */
public final class EmbeddedRedis implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedis.class);

    private final RedisServer server;
    private final int port;

    private EmbeddedRedis(RedisServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** A Redis that appends every write to a file in {@code dataDir}, on {@code 127.0.0.1:port}. */
    public static EmbeddedRedis persistent(int port, Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        return start(port, dataDir);
    }

    /** A Redis without persistence on a free loopback port, for tests. */
    public static EmbeddedRedis ephemeral() {
        try {
            return start(freePort(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedRedis start(int port, @Nullable Path dataDir) throws IOException {
        var builder = RedisServer.newRedisServer()
                .executableProvider(executable())
                .port(port)
                .setting("bind 127.0.0.1")
                .setting("protected-mode yes")
                .onShutdownForceStop(true);
        if (dataDir != null) {
            builder.setting("dir " + dataDir.toAbsolutePath())
                    .setting("appendonly yes")
                    .setting("appendfsync everysec");
        } else {
            builder.setting("save \"\"").setting("appendonly no");
        }
        RedisServer server = builder.build();
        server.start();
        return new EmbeddedRedis(server, port);
    }

    private static ExecutableProvider executable() {
        try {
            ExecutableProvider onPath = ExecutableProvider.newExecutableInPath("redis-server");
            log.info("Using redis-server from PATH");
            return onPath;
        } catch (FileNotFoundException e) {
            log.info("No redis-server on PATH; using the binary bundled with embedded-redis");
            return ExecutableProvider.newJarResourceProvider();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
