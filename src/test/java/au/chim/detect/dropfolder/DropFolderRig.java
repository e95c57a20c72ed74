package au.chim.detect.dropfolder;

import static org.awaitility.Awaitility.await;

import au.chim.testsupport.TestMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.camel.support.ScheduledPollConsumer;
import org.springframework.jdbc.core.JdbcTemplate;

/** The real monitor watching drop folders under a test's temporary directory, with short polls and thresholds. */
final class DropFolderRig implements AutoCloseable {
    static final List<String> KEYS = List.of("po", "po-ack", "supplier", "job");

    final Path root;
    final Properties properties;
    TestMonitor monitor;

    DropFolderRig(Path root) throws IOException {
        this.root = root;
        this.properties = TestMonitor.defaults(1);
        properties.setProperty("monitor.outbox.enabled", "false");
        properties.setProperty("monitor.dropfolders.enabled", "true");
        properties.setProperty("monitor.dropfolders.poll-interval", "200ms");
        properties.setProperty("monitor.dropfolders.read-lock-min-age", "500ms");
        properties.setProperty("monitor.dropfolders.read-lock-interval", "100");
        properties.setProperty("monitor.dropfolders.read-lock-timeout", "300");
        properties.setProperty("monitor.dropfolders.stale-scan-interval", "300ms");
        for (String k : KEYS) {
            Files.createDirectories(in(k));
            properties.setProperty("monitor.dropfolders." + k + ".folder", in(k).toString());
            properties.setProperty("monitor.dropfolders." + k + ".archive", root.resolve("archive").resolve(k).toString());
            properties.setProperty("monitor.dropfolders." + k + ".quarantine", root.resolve("quarantine").resolve(k).toString());
            properties.setProperty("monitor.dropfolders." + k + ".stale-after", "1h");
            properties.setProperty("monitor.dropfolders." + k + ".tmp-stale-after", "10m");
        }
    }

    DropFolderRig set(String key, String value) {
        properties.setProperty(key, value);
        return this;
    }

    /** Starts the monitor; the first start also loads the suppliers and contracts the drop files refer to. */
    DropFolderRig start() throws Exception {
        boolean first = monitor == null;
        monitor = TestMonitor.start(properties);
        if (first) {
            monitor.clickhome().execute((java.sql.Statement st) -> {
                DropTestSupport.seed(st);
                return null;
            });
        }
        return this;
    }

    void stop() {
        monitor.close();
    }

    Path in(String key) {
        return root.resolve("in").resolve(key);
    }

    Path quarantine(String key) {
        return root.resolve("quarantine").resolve(key);
    }

    /** Every file under the interface's archive (all months). */
    List<Path> archived(String key) throws IOException {
        return files(root.resolve("archive").resolve(key));
    }

    List<Path> quarantined(String key) throws IOException {
        return files(quarantine(key));
    }

    static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    JdbcTemplate store() {
        return monitor.store();
    }

    String status(String fingerprint) {
        return monitor.status(fingerprint);
    }

    /** Waits until the store says this file's content was checked and the file moved. */
    Map<String, Object> awaitDone(String fileName) {
        await().atMost(Duration.ofSeconds(20)).until(() -> store().queryForObject(
                "SELECT COUNT(*) FROM monitor_processed_file WHERE file_name = ? AND finished_at IS NOT NULL", Integer.class, fileName) == 1);
        return store().queryForMap("SELECT * FROM monitor_processed_file WHERE file_name = ?", fileName);
    }

    /** Polls the consumer of a drop route has completed so far (empty polls included). */
    long polls(String routeId) {
        return ((ScheduledPollConsumer) monitor.context().getRoute(routeId).getConsumer()).getCounter();
    }

    /** Waits for {@code n} more completed polls of the route. */
    void awaitPolls(String routeId, int n) {
        long target = polls(routeId) + n;
        await().atMost(Duration.ofSeconds(20)).until(() -> polls(routeId) >= target);
    }

    int count(String sql, Object... args) {
        return store().queryForObject(sql, Integer.class, args);
    }

    @Override
    public void close() {
        if (monitor != null) {
            monitor.close();
        }
    }
}
