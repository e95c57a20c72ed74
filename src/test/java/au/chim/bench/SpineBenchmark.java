package au.chim.bench;

import au.chim.testsupport.ClickHomeRows;
import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
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
 * Figures for the spine (printed, never asserted on time): alert latency from the ClickHome row commit to
 * the SMTP server's acceptance. Start-up and memory: {@link StartupBenchmark}.
 * Run: ./mvnw -Pbenchmark test -Dtest=SpineBenchmark
 */
class SpineBenchmark {

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
