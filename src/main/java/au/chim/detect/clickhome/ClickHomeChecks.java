package au.chim.detect.clickhome;

import au.chim.finding.Finding;
import au.chim.finding.FindingSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schedules the ClickHome checks and turns each result into one snapshot for the register. The
 * route {@code detect-clickhome} asks which checks are due, runs their SQL with camel-sql and hands
 * the rows back here. A failed run sends nothing, so an unreachable database never resolves or
 * raises per-row issues; the connectivity route reports the outage once.
 */
public class ClickHomeChecks {
    public static final String CHECK_ID = "MonitorCheckId";
    private static final Logger LOG = LoggerFactory.getLogger(ClickHomeChecks.class);

    private final Map<String, CheckDefinition> checks = new LinkedHashMap<>();
    private final Map<String, CheckRowsMapper> mappers;
    private final CheckRowsMapper declared = new DeclaredRowMapper();
    private final Clock clock;
    private final Map<String, String> queries = new LinkedHashMap<>();
    /** Due times in System.nanoTime(): intervals are elapsed time, whatever the wall clock does (DST, NTP, a test's clock). */
    private final Map<String, Long> nextRun = new ConcurrentHashMap<>();
    private final Map<String, Instant> started = new ConcurrentHashMap<>();
    private final Map<String, Long> startedNanos = new ConcurrentHashMap<>();
    private final Map<String, CheckStatus> status = new ConcurrentHashMap<>();

    private final java.util.function.BooleanSupplier databaseReachable;
    private final ClickHomeTime clickhomeTime;

    /**
     * @param settings fills in the {{key}} settings a query names (a table that lives elsewhere in production, such as
     *                 msdb.dbo.backupset), once, here; values a check binds per run are its params (:#name)
     */
    public ClickHomeChecks(List<CheckDefinition> definitions, Map<String, CheckRowsMapper> mappers, Clock clock, ClickHomeTime clickhomeTime,
                           java.util.function.BooleanSupplier databaseReachable, java.util.function.UnaryOperator<String> settings) {
        this.databaseReachable = databaseReachable;
        this.clickhomeTime = clickhomeTime;
        definitions.forEach(c -> checks.put(c.id(), c));
        definitions.forEach(c -> queries.put(c.id(), withSettings(c, read(c), settings)));
        this.mappers = Map.copyOf(mappers);
        this.clock = clock;
    }

    private static String withSettings(CheckDefinition c, String sql, java.util.function.UnaryOperator<String> settings) {
        try {
            return settings.apply(sql);
        } catch (RuntimeException e) {
            throw new IllegalStateException("check " + c.id() + ": " + c.sqlFile() + ": " + e.getMessage(), e);
        }
    }

    private static String read(CheckDefinition c) {
        try {
            return java.nio.file.Files.readString(c.sqlFile());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("check " + c.id() + ": cannot read " + c.sqlFile() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The checks whose time has come; each is booked for its next run as it is handed out. None
     * while the database is known to be unreachable: they would only wait for connection time-outs.
     */
    public List<CheckDefinition> due() {
        if (!databaseReachable.getAsBoolean()) {
            return List.of();
        }
        long now = System.nanoTime();
        List<CheckDefinition> due = new ArrayList<>();
        for (CheckDefinition c : checks.values()) {
            Long next = nextRun.get(c.id());
            if (next == null || next - now <= 0) {
                nextRun.put(c.id(), now + c.every().toNanos());
                started.put(c.id(), clock.instant());
                startedNanos.put(c.id(), now);
                due.add(c);
            }
        }
        return due;
    }

    /** Operator action: run a check at the next tick. */
    public boolean runNow(String id) {
        if (!checks.containsKey(id)) {
            return false;
        }
        nextRun.remove(id);
        return true;
    }

    /**
     * The check's T-SQL, read once at start (a missing or unreadable file stops startup, not a poll). A check
     * handed out before the connectivity ping found the database unreachable stops here instead of waiting
     * for its connection time-out; it shows that reason as its error.
     */
    public String query(@Header(CHECK_ID) String id) {
        if (!databaseReachable.getAsBoolean()) {
            throw new IllegalStateException("not run: the ClickHome database is unreachable (see CLICKHOME_DB_UNREACHABLE)");
        }
        return queries.get(id);
    }

    /** The named parameters the check's SQL reads: its thresholds, and the ClickHome server's time now (:#clickhomeNow). */
    public Map<String, Object> parameters(@Header(CHECK_ID) String id) {
        Map<String, Object> params = new LinkedHashMap<>(check(id).params());
        params.put(ClickHomeTime.NOW_PARAMETER, clickhomeTime.now());
        return params;
    }

    /**
     * One snapshot with everything the check found. A result at the row cap is incomplete, so it is
     * reported as events only: nothing is resolved from a partial view.
     */
    public Object findings(@Header(CHECK_ID) String id, List<Map<String, Object>> rows) {
        CheckDefinition c = check(id);
        CheckRowsMapper mapper = c.mapper() == null ? declared : mappers.get(c.mapper());
        List<Finding> findings = mapper.findings(c, rows);
        record(id, rows.size(), null);
        if (rows.size() >= c.maxRows()) {
            LOG.warn("check {} returned {} rows (the cap): reporting without resolving; raise maxRows or fix the backlog", id, rows.size());
            return findings;
        }
        return new FindingSnapshot(c.scope(), findings);
    }

    public void failed(@Header(CHECK_ID) String id, @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception error) {
        String message = error == null ? "unknown error" : rootMessage(error);
        CheckStatus before = status.get(id);
        if (before == null || !message.equals(before.lastError())) {
            LOG.warn("check {} failed: {}", id, message);
            LOG.debug("check {} failure detail", id, error);
        }
        record(id, 0, message);
    }

    public List<CheckStatus> status() {
        return checks.keySet().stream()
                .map(id -> status.getOrDefault(id, new CheckStatus(id, null, 0, 0, null, nextRunAt(id))))
                .toList();
    }

    public List<CheckDefinition> definitions() {
        return List.copyOf(checks.values());
    }

    private void record(String id, int rows, String error) {
        Instant start = started.getOrDefault(id, clock.instant());
        long tookMs = (System.nanoTime() - startedNanos.getOrDefault(id, System.nanoTime())) / 1_000_000;
        status.put(id, new CheckStatus(id, start, Math.max(0, tookMs), rows, error, nextRunAt(id)));
    }

    private Instant nextRunAt(String id) {
        Long next = nextRun.get(id);
        return next == null ? null : clock.instant().plusNanos(next - System.nanoTime());
    }

    private CheckDefinition check(String id) {
        CheckDefinition c = checks.get(id);
        if (c == null) {
            throw new IllegalArgumentException("no check with id " + id);
        }
        return c;
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
