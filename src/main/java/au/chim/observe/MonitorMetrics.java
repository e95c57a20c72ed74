package au.chim.observe;

import au.chim.detect.clickhome.CheckStatus;
import au.chim.finding.Category;
import au.chim.finding.Severity;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The monitor's own Prometheus series. Scrapes read the values of the last {@link #refresh()}, so a
 * scrape never queries the store; the refresher calls it on a timer.
 */
public final class MonitorMetrics {
    private static final List<String> OUTBOX_STATUSES = List.of("PENDING", "SENT", "FAILED");
    private final JdbcTemplate store;
    private final Supplier<List<CheckStatus>> checks;
    private final MultiGauge openIssues;
    private final MultiGauge outbox;
    private final MultiGauge checkDuration;
    private final MultiGauge checkErrors;

    public MonitorMetrics(MeterRegistry registry, JdbcTemplate store, Supplier<List<CheckStatus>> checks) {
        this.store = store;
        this.checks = checks;
        openIssues = MultiGauge.builder("monitor.issues.open")
                .description("Issues not resolved (NEW, OPEN, ACKNOWLEDGED, SNOOZED, REOPENED) by category and severity").register(registry);
        outbox = MultiGauge.builder("monitor.outbox.emails")
                .description("Emails in the outbox by status: PENDING (to send or retry), SENT, FAILED (gave up)").register(registry);
        checkDuration = MultiGauge.builder("monitor.check.duration.ms")
                .description("Duration of each ClickHome check's last run, milliseconds").register(registry);
        checkErrors = MultiGauge.builder("monitor.check.errors")
                .description("1 while a ClickHome check's last run failed, else 0").register(registry);
    }

    /** Reads the store and the checks' status once; every series keeps its zero rows so graphs have no gaps. */
    public void refresh() {
        Map<String, Long> issues = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            for (Severity s : Severity.values()) {
                issues.put(c.id() + "|" + s.name(), 0L);
            }
        }
        store.query("SELECT category, severity, COUNT(*) AS n FROM monitor_issue WHERE status <> 'RESOLVED' GROUP BY category, severity",
                rs -> {
                    issues.put(rs.getString("category") + "|" + rs.getString("severity"), rs.getLong("n"));
                });
        List<MultiGauge.Row<?>> issueRows = new ArrayList<>();
        issues.forEach((key, n) -> {
            String[] parts = key.split("\\|", 2);
            issueRows.add(MultiGauge.Row.of(Tags.of("category", parts[0], "severity", parts[1]), n));
        });
        openIssues.register(issueRows, true);

        Map<String, Long> mails = new LinkedHashMap<>();
        OUTBOX_STATUSES.forEach(s -> mails.put(s, 0L));
        store.query("SELECT status, COUNT(*) AS n FROM monitor_outbox GROUP BY status", rs -> {
            mails.put(rs.getString("status"), rs.getLong("n"));
        });
        outbox.register(mails.entrySet().stream().map(e -> MultiGauge.Row.of(Tags.of("status", e.getKey()), e.getValue())).toList(), true);

        List<CheckStatus> status = checks.get();
        checkDuration.register(status.stream().map(c -> MultiGauge.Row.of(Tags.of("check", c.id()), c.lastDurationMs())).toList(), true);
        checkErrors.register(status.stream().map(c -> MultiGauge.Row.of(Tags.of("check", c.id()), c.lastError() == null ? 0 : 1)).toList(), true);
    }
}
