package au.chim.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Connection pools for ClickHome and the monitor store, and the store's Flyway migrations. */
public final class Databases {
    private Databases() {
    }

    /**
     * A pool that does not fail at start when the server is down: the monitor must come up and
     * report "ClickHome unreachable" rather than refuse to start.
     */
    public static HikariDataSource pool(String name, String url, String user, String password, boolean readOnly, int maxSize) {
        return pool(name, url, user, password, readOnly, maxSize, new EvictBrokenConnections());
    }

    /** The monitor store's pool: durable commits on an H2 file, and every connection error shown to the guard. */
    public static HikariDataSource storePool(String url, String user, String password, int maxSize, StoreGuard guard) {
        return pool("monitor-store", durable(url), user, password, false, maxSize, new EvictBrokenConnections(guard::inspect));
    }

    /**
     * H2 writes a commit to its file up to WRITE_DELAY (500 ms) later by default: a kill -9 or power loss then
     * forgets committed issues and SENT marks, and alerts go out twice. WRITE_DELAY=0 writes at commit, as SQL
     * Server does; added to any H2 file URL that does not set it itself.
     */
    static String durable(String url) {
        return isH2File(url) && !url.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY=") ? url + ";WRITE_DELAY=0" : url;
    }

    static boolean isH2File(String url) {
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
    }

    /**
     * What makes everything committed so far reach the store's file before the monitor acts on it outside (an
     * email sent). H2 writes a commit at once only when no other commit is being written at that moment; the one
     * that collides waits for the next commit, so a kill -9 just after it could forget an email already sent.
     * CHECKPOINT SYNC writes them all and forces them onto the device (a power loss, not only a kill -9).
     * SQL Server's commit is durable by itself: nothing to do.
     */
    public static Runnable syncPoint(DataSource store, String url) {
        if (!isH2File(url)) {
            return () -> { };
        }
        org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(store);
        return () -> jdbc.execute("CHECKPOINT SYNC");
    }

    private static HikariDataSource pool(String name, String url, String user, String password, boolean readOnly, int maxSize,
                                         EvictBrokenConnections errors) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(url);
        if (user != null && !user.isBlank()) {
            config.setUsername(user);
        }
        if (password != null && !password.isBlank()) {
            config.setPassword(password);
        }
        config.setReadOnly(readOnly);
        config.setExceptionOverride(errors);
        config.setMaximumPoolSize(maxSize);
        config.setMinimumIdle(0);
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(5_000);
        config.setValidationTimeout(3_000);
        return new HikariDataSource(config);
    }

    /** Creates or upgrades the monitor store; the same migrations run on SQL Server and on H2. */
    public static void migrate(DataSource store) {
        Flyway.configure()
                .dataSource(store)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
