package au.chim.detect.bounce;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Counts soft bounces and delay warnings per address in the monitor store (monitor_state, owner
 * {@value #OWNER}), so the count survives restarts. The value is {@code <count>|<first seen ISO instant>};
 * a count older than the window starts again at 1.
 */
public final class SoftBounceCounter {
    public static final String OWNER = "bounce-soft";

    private final DataSource store;

    public SoftBounceCounter(DataSource monitorStore) {
        this.store = monitorStore;
    }

    /** Occurrences of one address inside the window, including this one. */
    public record Count(int count, Instant firstSeen) {
    }

    /** Adds one soft bounce for the key (an address, lower-cased by the caller) and returns the window's count. */
    public Count record(String key, Instant now, Duration window) {
        try (Connection c = store.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Count next = next(read(c, key), now, window);
                write(c, key, next, now);
                c.commit();
                return next;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("monitor_state (owner " + OWNER + ") could not be updated: " + e.getMessage(), e);
        }
    }

    private static Count next(String stored, Instant now, Duration window) {
        if (stored != null) {
            String[] p = stored.split("\\|", 2);
            try {
                int count = Integer.parseInt(p[0].strip());
                Instant first = Instant.parse(p[1].strip());
                if (!first.plus(window).isBefore(now)) {
                    return new Count(count + 1, first);
                }
            } catch (NumberFormatException | DateTimeParseException | ArrayIndexOutOfBoundsException e) {
                // a value this class did not write: start counting again rather than fail the mail
            }
        }
        return new Count(1, now);
    }

    private static String read(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT state_value FROM monitor_state WITH (UPDLOCK, HOLDLOCK) WHERE owner = ? AND state_key = ?")) {
            ps.setString(1, OWNER);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void write(Connection c, String key, Count count, Instant now) throws SQLException {
        String value = count.count() + "|" + count.firstSeen();
        try (PreparedStatement up = c.prepareStatement(
                "UPDATE monitor_state SET state_value = ?, updated_at = ? WHERE owner = ? AND state_key = ?")) {
            up.setString(1, value);
            up.setObject(2, au.chim.store.StoreTime.utc(now));
            up.setString(3, OWNER);
            up.setString(4, key);
            if (up.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement in = c.prepareStatement(
                "INSERT INTO monitor_state (owner, state_key, state_value, updated_at) VALUES (?, ?, ?, ?)")) {
            in.setString(1, OWNER);
            in.setString(2, key);
            in.setString(3, value);
            in.setObject(4, au.chim.store.StoreTime.utc(now));
            in.executeUpdate();
        }
    }
}
