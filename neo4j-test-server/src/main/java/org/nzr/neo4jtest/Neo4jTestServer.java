package org.nzr.neo4jtest;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * A real Neo4j (Community, embedded in this JVM) that speaks Bolt on 127.0.0.1 with auth off, for tests, benchmarks
 * and developers without Docker. Arguments: {@code --port N} (0 or absent: a free port) and {@code --data-dir DIR}
 * (absent: a throw-away directory, deleted at exit; given: kept, so a restart finds the same data). Prints one line
 * {@code NEO4J_TEST_SERVER_READY bolt://127.0.0.1:PORT 5.26.x} when it accepts connections. Stops cleanly on SIGTERM
 * and SIGINT, and when its standard input closes: the launching process died or let go of it.
 */
public final class Neo4jTestServer {
  private Neo4jTestServer() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Options.parse(args);
    int port = Integer.parseInt(options.getOrDefault("port", "0"));
    if (port == 0) port = freePort();
    boolean throwAway = !options.containsKey("data-dir");
    Path home =
        throwAway
            ? Files.createTempDirectory("nzr-neo4j-test-")
            : Files.createDirectories(Path.of(options.get("data-dir")));

    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(
                GraphDatabaseSettings.pagecache_memory,
                Long.parseLong(options.getOrDefault("pagecache-mb", "512")) * 1024 * 1024)
            .build();

    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.shutdown();
                  if (throwAway) deleteQuietly(home);
                  System.out.println("NEO4J_TEST_SERVER_STOPPED");
                  System.out.flush();
                }));

    String version =
        service
            .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
            .executeTransactionally(
                "CALL dbms.components() YIELD versions RETURN versions[0] AS version",
                Map.of(),
                result -> String.valueOf(result.next().get("version")));
    System.out.println("NEO4J_TEST_SERVER_READY bolt://127.0.0.1:" + port + " " + version);
    System.out.flush();

    exitWhenInputCloses(System.in);
  }

  /** Blocks until standard input reaches its end, then exits (which runs the shutdown hook). */
  private static void exitWhenInputCloses(InputStream input) {
    byte[] buffer = new byte[256];
    try {
      while (input.read(buffer) >= 0) {
        // Nothing to read; the stream only tells us that the parent is still there.
      }
    } catch (IOException ignored) {
      // A broken pipe means the same as the end of input.
    }
    System.exit(0);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void deleteQuietly(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // A leftover temporary directory is harmless.
    }
  }

  /** {@code --name value} pairs. */
  private static final class Options {
    static Map<String, String> parse(String[] args) {
      Map<String, String> options = new java.util.HashMap<>();
      for (int i = 0; i + 1 < args.length; i += 2) {
        if (!args[i].startsWith("--")) throw new IllegalArgumentException("expected --name value: " + args[i]);
        options.put(args[i].substring(2), args[i + 1]);
      }
      return options;
    }
  }
}
