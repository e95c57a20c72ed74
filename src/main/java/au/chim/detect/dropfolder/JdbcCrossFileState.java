package au.chim.detect.dropfolder;

import au.chim.store.MonitorState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link CrossFileState} in the monitor store table {@code monitor_state}, under one owner name. */
public final class JdbcCrossFileState implements CrossFileState {
    public static final String DEFAULT_OWNER = "dropfolder";
    /** monitor_state.state_key is NVARCHAR(400). */
    private static final int KEY_MAX = 400;
    /** Keys per IN list: well under SQL Server's 2,100 parameters. */
    private static final int CHUNK = 500;

    private final DataSource ds;
    private final MonitorState state;
    private final String owner;
    private final Clock clock;

    public JdbcCrossFileState(DataSource ds, String owner, Clock clock) {
        this.ds = ds;
        this.state = new MonitorState(new JdbcTemplate(ds));
        this.owner = owner;
        this.clock = clock;
    }

    public JdbcCrossFileState(DataSource ds) {
        this(ds, DEFAULT_OWNER, Clock.systemUTC());
    }

    @Override
    public Optional<String> get(String key) {
        try {
            return state.value(owner, clip(key));
        } catch (DataAccessException e) {
            throw unavailable(e);
        }
    }

    /** Through {@link MonitorState}: one locking upsert, UTC times, for every owner of monitor_state. */
    @Override
    public void put(String key, String value) {
        try {
            state.put(owner, clip(key), value, clock.instant());
        } catch (DataAccessException e) {
            throw unavailable(e);
        }
    }

    @Override
    public java.util.Map<String, String> getAll(java.util.Collection<String> keys) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        java.util.List<String> all = keys.stream().map(JdbcCrossFileState::clip).distinct().toList();
        try (Connection c = ds.getConnection()) {
            for (int i = 0; i < all.size(); i += CHUNK) {
                java.util.List<String> part = all.subList(i, Math.min(all.size(), i + CHUNK));
                // a join with a table value constructor: both SQL Server and H2 seek the primary key per key, where H2
                // scans the owner's rows for an IN list
                String values = String.join(", ", java.util.Collections.nCopies(part.size(), "(CAST(? AS NVARCHAR(400)))"));
                try (PreparedStatement ps = c.prepareStatement("SELECT s.state_key, s.state_value FROM (VALUES " + values
                        + ") AS k (state_key) JOIN monitor_state s ON s.owner = ? AND s.state_key = k.state_key")) {
                    for (int j = 0; j < part.size(); j++) {
                        ps.setString(j + 1, part.get(j));
                    }
                    ps.setString(part.size() + 1, owner);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.put(rs.getString(1), rs.getString(2));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
        return out;
    }

    /** One transaction: the UPDATEs as one batch, then INSERTs for the keys that had no row. */
    @Override
    public void putAll(java.util.Map<String, String> values) {
        if (values.isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        java.util.List<java.util.Map.Entry<String, String>> entries = new java.util.ArrayList<>(values.entrySet());
        try (Connection c = ds.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                int[] updated;
                try (PreparedStatement up = c.prepareStatement(
                        "UPDATE monitor_state SET state_value = ?, updated_at = ? WHERE owner = ? AND state_key = ?")) {
                    for (java.util.Map.Entry<String, String> e : entries) {
                        up.setString(1, e.getValue());
                        up.setObject(2, now);
                        up.setString(3, owner);
                        up.setString(4, clip(e.getKey()));
                        up.addBatch();
                    }
                    updated = up.executeBatch();
                }
                try (PreparedStatement in = c.prepareStatement(
                        "INSERT INTO monitor_state (owner, state_key, state_value, updated_at) VALUES (?, ?, ?, ?)")) {
                    for (int i = 0; i < entries.size(); i++) {
                        if (updated[i] == 0) {
                            in.setString(1, owner);
                            in.setString(2, clip(entries.get(i).getKey()));
                            in.setString(3, entries.get(i).getValue());
                            in.setObject(4, now);
                            in.addBatch();
                        }
                    }
                    in.executeBatch();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private static String clip(String key) {
        return key.length() <= KEY_MAX ? key : key.substring(0, KEY_MAX);
    }

    private static CheckUnavailableException unavailable(SQLException e) {
        return new CheckUnavailableException("monitor store unavailable: " + e.getClass().getSimpleName()
                + " (SQLState " + e.getSQLState() + ")", e);
    }

    private static CheckUnavailableException unavailable(DataAccessException e) {
        SQLException cause = e.getCause() instanceof SQLException sql ? sql : null;
        return new CheckUnavailableException("monitor store unavailable: " + (cause == null ? e.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + " (SQLState " + cause.getSQLState() + ")"), e);
    }
}
