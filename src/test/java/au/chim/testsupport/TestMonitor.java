package au.chim.testsupport;

import au.chim.MonitorApp;
import au.chim.demo.ClickHomeSchema;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The real monitor (config/application.properties, the YAML routes in routes/, the real beans)
 * started in-process with its servers pointed at test ones: a fresh H2 ClickHome database loaded
 * with the reference schema, a fresh store, the test's GreenMail, and short timers.
 */
public final class TestMonitor implements AutoCloseable {
    /** Password of the "admin" and "viewer" users (a users file, see {@link #usersFile}) the tests log in with. */
    public static final String PASSWORD = "test-password";
    private static Path usersFile;
    private final Main main;
    private final Properties properties;
    private final Clock clock;

    private TestMonitor(Properties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock == null ? Clock.systemUTC() : clock;
        this.main = MonitorApp.create(properties);
        if (clock != null) {
            main.bind("clock", clock);
        }
    }

    /** Settings for a fast test run; callers add or replace keys before {@link #start}. */
    public static Properties defaults(int smtpPort) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        Properties p = new Properties();
        p.setProperty("monitor.clickhome.url", "jdbc:h2:mem:clickhome-" + id
                + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE;DB_CLOSE_DELAY=-1;TIME ZONE=Australia/Sydney");
        p.setProperty("monitor.store.url", "jdbc:h2:mem:store-" + id
                + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        p.setProperty("monitor.demo.enabled", "false");
        // the shipped drop folders (work/dropfolders) are not a test's: drop-folder tests enable their own @TempDir folders
        p.setProperty("monitor.dropfolders.enabled", "false");
        p.setProperty("monitor.smtp.port", String.valueOf(smtpPort));
        p.setProperty("monitor.detect.tick", "200ms");
        p.setProperty("monitor.detect.initial-delay", "100ms");
        p.setProperty("monitor.detect.every-override", "200ms");
        p.setProperty("monitor.detect.connectivity-interval", "500ms");
        p.setProperty("monitor.alerts.tick", "200ms");
        p.setProperty("monitor.alerts.group-wait", "0s");
        p.setProperty("monitor.alerts.group-interval", "0s");
        p.setProperty("monitor.outbox.tick", "200ms");
        p.setProperty("monitor.outbox.first-retry", "200ms");
        p.setProperty("monitor.outbox.max-retry", "400ms");
        p.setProperty("camel.main.jmx-enabled", "false");
        p.setProperty("monitor.digest.catch-up-delay", "1h");
        // Detectors that read a mailbox or folders: off unless a test points them at its own.
        p.setProperty("monitor.detect.bounces.enabled", "false");
        p.setProperty("monitor.detect.faxmaker.enabled", "false");
        p.setProperty("monitor.detect.document-backup.enabled", "false");
        int http = TestMail.freePort();
        p.setProperty("camel.server.port", String.valueOf(http));
        p.setProperty("camel.management.port", String.valueOf(http));
        p.setProperty("monitor.dashboard.enabled", "false");
        // The demo login only exists for the demo on its embedded data, so tests log in from a users file.
        p.setProperty("monitor.dashboard.users-file", usersFile().toString());
        return p;
    }

    /** A users file with "admin" (admin) and "viewer" (viewer), both with {@link #PASSWORD}; made once per JVM. */
    public static synchronized Path usersFile() {
        if (usersFile == null) {
            try {
                Path f = java.nio.file.Files.createTempFile("test-users", ".properties");
                f.toFile().deleteOnExit();
                // 10 000 iterations, the least the store accepts: the tests log in often.
                java.nio.file.Files.write(f, java.util.List.of(
                        "admin = " + au.chim.dashboard.PasswordHashes.hash(PASSWORD.toCharArray(), 10_000) + ", admin",
                        "viewer = " + au.chim.dashboard.PasswordHashes.hash(PASSWORD.toCharArray(), 10_000) + ", viewer"));
                usersFile = f;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return usersFile;
    }

    /**
     * Starts with a clock that reads the next Wednesday 10:00 in Sydney (and ticks from there), so the
     * shipped business hours never hold a test's alert until tomorrow, whenever CI runs.
     */
    public static TestMonitor start(Properties properties) throws Exception {
        return start(properties, businessHoursClock());
    }

    /**
     * Built from today, never from a fixed date: a date in the calendar passes, and a monitor clock
     * behind the test's own makes every "ran since" wait hang. Wednesday is a business day in every state.
     */
    public static Clock businessHoursClock() {
        java.time.ZoneId sydney = java.time.ZoneId.of("Australia/Sydney");
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(sydney);
        java.time.ZonedDateTime target = now.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.WEDNESDAY))
                .withHour(10).withMinute(0).withSecond(0).withNano(0);
        if (target.isBefore(now)) {
            target = target.plusWeeks(1);
        }
        return Clock.offset(Clock.systemUTC(), java.time.Duration.between(now.toInstant(), target.toInstant()));
    }

    /**
     * Runs in this JVM until it is told to stop, as the shipped monitor does: camel-main's own SIGTERM handling stops
     * the routes before the JVM exits. For a child JVM ({@link CrashableMonitorMain}).
     */
    static void runUntilStopped(Properties properties) throws Exception {
        prepareClickHome(properties.getProperty("monitor.clickhome.url"));
        new TestMonitor(properties, businessHoursClock()).main.run();
    }

    public static TestMonitor start(Properties properties, Clock clock) throws Exception {
        if (!"true".equals(properties.getProperty("monitor.demo.enabled"))) {
            prepareClickHome(properties.getProperty("monitor.clickhome.url"));
        }
        TestMonitor m = new TestMonitor(properties, clock);
        m.main.start();
        return m;
    }

    /**
     * A ClickHome database with the reference schema and nothing wrong in it: no rows, except recent
     * backups (an empty backup history is itself a finding). Left alone when it exists already.
     */
    public static void prepareClickHome(String url) {
        JdbcTemplate db = new JdbcTemplate(new DriverManagerDataSource(url));
        boolean exists = !db.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) = 'tblsuppliers'").isEmpty();
        if (exists) {
            return;
        }
        ClickHomeSchema.create(db.getDataSource(), Path.of("config/clickhome/reference-schema.sql"));
        db.update("INSERT INTO dbo.backupset (database_name, type, backup_start_date, backup_finish_date) "
                + "VALUES ('ClickHome', 'D', DATEADD(hour, -2, GETDATE()), DATEADD(hour, -1, GETDATE())), "
                + "('ClickHome', 'L', DATEADD(minute, -40, GETDATE()), DATEADD(minute, -30, GETDATE()))");
    }

    /** Base URL of the monitor's HTTP server (REST API, /observe). */
    public String http() {
        return "http://127.0.0.1:" + properties.getProperty("camel.server.port");
    }

    /** The monitor's own time: compare the times it records with this, never with the machine's clock. */
    public java.time.Instant now() {
        return clock.instant();
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    /** A writable connection to the test ClickHome database (the monitor's own pool is read-only). */
    public JdbcTemplate clickhome() {
        return new JdbcTemplate(new DriverManagerDataSource(properties.getProperty("monitor.clickhome.url")));
    }

    public JdbcTemplate store() {
        return new JdbcTemplate(new DriverManagerDataSource(properties.getProperty("monitor.store.url")));
    }

    public Map<String, Object> issue(String fingerprint) {
        return store().queryForMap("SELECT * FROM monitor_issue WHERE fingerprint = ?", fingerprint);
    }

    public String status(String fingerprint) {
        return store().queryForList("SELECT status FROM monitor_issue WHERE fingerprint = ?", String.class, fingerprint)
                .stream().findFirst().orElse(null);
    }

    @Override
    public void close() {
        main.stop();
    }
}
