package cn.gov.platform.devstack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs one piece of local infrastructure in the foreground until it is told to stop
 * (SIGTERM from {@code ./platform down}); the shutdown hook flushes and closes it.
 *
 * <pre>
 *   java -jar devstack.jar mongo PORT DATA_FILE
 *   java -jar devstack.jar redis PORT DATA_DIR
 * </pre>
 */
public final class DevStack {

    private DevStack() {
    }

    public static void main(String[] args) throws Exception {
        // Not named logback.xml: this jar is on the services' test classpath, whose logging
        // must stay Spring Boot's structured logging.
        System.setProperty("logback.configurationFile", "devstack-logback.xml");
        if (args.length != 3) {
            System.err.println("usage: devstack mongo|redis PORT DATA_PATH");
            System.exit(2);
        }
        int port = Integer.parseInt(args[1]);
        Path data = Path.of(args[2]);
        AutoCloseable running = switch (args[0]) {
            case "mongo" -> EmbeddedMongo.persistent(port, data);
            case "redis" -> EmbeddedRedis.persistent(port, data);
            default -> {
                System.err.println("unknown component: " + args[0]);
                System.exit(2);
                yield null;
            }
        };
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }, "devstack-shutdown"));
        System.out.println(args[0] + " listening on 127.0.0.1:" + port);
        stopped.await();
    }
}
