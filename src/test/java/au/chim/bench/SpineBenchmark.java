package au.chim.bench;

import au.chim.testsupport.ClickHomeRows;
import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Figures for the spine (printed, never asserted on time): demo start-up and memory in a separate
 * JVM, and alert latency from the ClickHome row commit to the SMTP server's acceptance.
 * Run: ./mvnw -Pbenchmark test -Dtest=SpineBenchmark
 */
class SpineBenchmark {

    @Test
    void demoStartupAndMemory() throws Exception {
        Path work = Files.createTempDirectory("bench-demo");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                // The app's own logging: the test log config hides the "started in" line this waits for.
                "-Dlog4j2.configurationFile=" + Path.of("config/log4j2.properties").toAbsolutePath(),
                "-Dmonitor.store.url=jdbc:h2:file:" + work.resolve("store") + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
                "-Dmonitor.demo.smtp-port=" + TestMail.freePort(), "-Dmonitor.demo.imap-port=" + TestMail.freePort(),
                "-Dmonitor.smtp.port=0", "au.chim.MonitorApp");
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(cmd)).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.putAll(freePortsEnv());
        long start = System.nanoTime();
        Process p = pb.start();
        long startedMs = -1;
        // Not try-with-resources: closing the reader while the drain thread reads it would wait for the process.
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()));
        try {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains("Apache Camel") && line.contains("started in")) {
                    startedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                    break;
                }
            }
            Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
            drain.setDaemon(true);
            drain.start();
            TimeUnit.SECONDS.sleep(60);
            String rss = Files.readAllLines(Path.of("/proc/" + p.pid() + "/status")).stream()
                    .filter(l -> l.startsWith("VmRSS")).findFirst().orElse("VmRSS: n/a");
            System.out.printf("BENCH demo start-up (JVM launch -> routes started): %d ms%n", startedMs);
            System.out.printf("BENCH demo memory after 60 s: %s%n", rss.replaceAll("\\s+", " "));
        } finally {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static Map<String, String> freePortsEnv() {
        Map<String, String> env = new HashMap<>();
        env.put("CAMEL_SERVER_PORT", String.valueOf(TestMail.freePort()));
        return env;
    }

    @Test
    void alertLatencyFromRowCommitToSmtp() throws Exception {
        try (TestMail mail = new TestMail().start()) {
            Properties p = TestMonitor.defaults(mail.smtpPort());
            p.setProperty("monitor.detect.tick", "100ms");
            p.setProperty("monitor.detect.every-override", "1s");
            p.setProperty("monitor.alerts.tick", "100ms");
            p.setProperty("monitor.outbox.tick", "100ms");
            // The monitor's clock reads business hours (alerts are not held); commit times are taken on the same clock.
            java.time.Clock clock = TestMonitor.businessHoursClock();
            try (TestMonitor monitor = TestMonitor.start(p, clock)) {
                ClickHomeRows rows = new ClickHomeRows(monitor.clickhome());
                Map<Long, Instant> committed = new HashMap<>();
                for (int i = 0; i < 200; i++) {
                    // One supplier per failure: three failures of one supplier would become one supplier issue.
                    int supplier = rows.supplier("BENCH" + i, "Bench Trade " + i);
                    long id = rows.failedMessage(1, supplier, null, "Call-up " + i, "SMTP_550", "550 user unknown");
                    committed.put(id, clock.instant());
                    TimeUnit.MILLISECONDS.sleep(37);
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                List<Map<String, Object>> sent;
                do {
                    TimeUnit.MILLISECONDS.sleep(200);
                    sent = monitor.store().queryForList("SELECT i.entity_key, o.sent_at FROM monitor_issue i "
                            + "JOIN monitor_alert_queue q ON q.issue_id = i.id JOIN monitor_outbox o ON o.id = q.outbox_id "
                            + "WHERE o.status = 'SENT' AND q.transition = 'NEW'");
                } while (sent.size() < 200 && System.nanoTime() < deadline);
                List<Long> latencies = new ArrayList<>();
                for (Map<String, Object> row : sent) {
                    Instant t0 = committed.get(Long.parseLong((String) row.get("entity_key")));
                    latencies.add(Duration.between(t0, ((Timestamp) row.get("sent_at")).toInstant()).toMillis());
                }
                Collections.sort(latencies);
                System.out.printf("BENCH alert latency over %d failures (1 s check interval, 0 s group wait): p50 %d ms, p99 %d ms, max %d ms; "
                                + "%d emails%n", latencies.size(), pct(latencies, 50), pct(latencies, 99), latencies.get(latencies.size() - 1),
                        mail.received().length);
            }
        }
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
