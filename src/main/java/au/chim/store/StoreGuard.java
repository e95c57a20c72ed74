package au.chim.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Stops the monitor from working on a store that failed under it. When H2 runs out of disk it closes the
 * database; a pool that simply reconnects opens the file as it was before the disk filled, and every issue
 * since is detected as NEW and alerted twice. So the first error that says the store is closed, full or
 * broken trips this guard for good: no new connection is handed out, health reports the store DOWN with the
 * cause, and an operator restarts the monitor once the disk (or server) is fixed.
 */
public final class StoreGuard {
    private static final Logger LOG = LoggerFactory.getLogger(StoreGuard.class);
    /** H2: database closed / closed at shutdown / file I/O errors / no disk space; SQL Server: filegroup or log full. */
    private static final java.util.Set<Integer> FATAL_CODES = java.util.Set.of(90098, 90121, 90028, 90031, 90100, 90030, 1105, 9002);

    private final String store;
    private final AtomicReference<String> failure = new AtomicReference<>();

    /** @param store what the store is, for the operator (the JDBC URL without a password) */
    public StoreGuard(String store) {
        this.store = store.replaceAll("(?i);password=[^;]*", "");
    }

    public String store() {
        return store;
    }

    /** Why the store is out of use, or empty while it is healthy. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure.get());
    }

    /** Looks at every error a store connection raised; trips on the first one that means the store is gone. */
    public void inspect(SQLException e) {
        if (failure.get() == null && isFatal(e)) {
            String cause = "monitor store " + store + " failed at " + Instant.now() + " (code " + e.getErrorCode() + "): "
                    + oneLine(e.getMessage()) + "; the monitor stops using it until it is restarted";
            if (failure.compareAndSet(null, cause)) {
                LOG.error("{}", cause);
            }
        }
    }

    static boolean isFatal(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && FATAL_CODES.contains(s.getErrorCode())) {
                return true;
            }
            String m = t.getMessage();
            if (m != null && (m.contains("No space left on device") || m.contains("There is not enough space on the disk"))) {
                return true;
            }
        }
        return false;
    }

    /** The store as the monitor uses it: refuses every new connection once the guard tripped. */
    public DataSource guard(DataSource pool) {
        return new DelegatingDataSource(pool) {
            @Override
            public Connection getConnection() throws SQLException {
                refuseIfTripped();
                return super.getConnection();
            }

            @Override
            public Connection getConnection(String user, String password) throws SQLException {
                refuseIfTripped();
                return super.getConnection(user, password);
            }
        };
    }

    private void refuseIfTripped() throws SQLException {
        String f = failure.get();
        if (f != null) {
            throw new SQLException(f, "08006");
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
