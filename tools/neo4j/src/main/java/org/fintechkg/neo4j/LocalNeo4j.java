package org.fintechkg.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community in this JVM with a Bolt connector on 127.0.0.1 only.
 *
 * <p>Usage: {@code LocalNeo4j --data DIR --port N [--password P] [--ready-file F]}.
 * With --password, authentication is on and user {@code neo4j} gets that password; without it the
 * server accepts any credentials (it listens on loopback only). The ready file is written once Bolt
 * accepts connections; SIGTERM shuts the database down cleanly.
 */
public final class LocalNeo4j {
    private LocalNeo4j() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        Path data = Path.of(require(opts, "--data")).toAbsolutePath();
        int port = Integer.parseInt(require(opts, "--port"));
        String password = opts.get("--password");
        Files.createDirectories(data);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(data)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
                // The Cypher console must never read local files through LOAD CSV.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                // Server-side cap above the client's own timeout: a runaway query cannot outlive it.
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(120))
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        try {
            if (password != null) {
                setPassword(dbms, password);
            }
            // Touch the default database so the first client request does not pay for start-up.
            dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        } catch (RuntimeException e) {
            // Without this the embedded server's threads keep the JVM alive and the caller waits for
            // a ready file that never comes.
            System.err.println("fintech-kg neo4j failed to start: " + e.getMessage());
            System.exit(1);
        }

        String ready = "fintech-kg neo4j ready on bolt://127.0.0.1:" + port;
        System.out.println(ready);
        System.out.flush();
        if (opts.containsKey("--ready-file")) {
            writeReadyFile(Path.of(opts.get("--ready-file")), ready);
        }
        stopped.await();
    }

    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (QueryExecutionException e) {
            // A data folder from an earlier run already has this password: nothing to change.
            if (e.getMessage() == null || !e.getMessage().contains("cannot be the same")) {
                throw e;
            }
        }
    }

    private static void writeReadyFile(Path file, String line) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, line + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got: " + args[i]);
            }
            opts.put(args[i], args[++i]);
        }
        return opts;
    }

    private static String require(Map<String, String> opts, String name) {
        String value = opts.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing required option " + name);
        }
        return value;
    }
}
