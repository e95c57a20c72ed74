package au.chim.detect.dropfolder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The durable memory of drop files by content hash (table monitor_processed_file). A row goes
 * PROCESSING (being checked) -> PROCESSED or QUARANTINED (findings registered, file not yet moved)
 * -> the same status with finished_at set (file moved). What a restart finds tells it what is left to do.
 */
public final class ProcessedFiles {

    /** The stored state of one content hash. */
    public record Entry(String sha256, String iface, String fileName, String status, Instant firstSeen, Instant finishedAt) {
        /** Findings were registered for this content (it was checked to the end). */
        public boolean checked() {
            return !PROCESSING.equals(status);
        }

        /** The file was moved to the archive or quarantine too. */
        public boolean moved() {
            return finishedAt != null;
        }
    }

    public static final String PROCESSING = "PROCESSING";
    public static final String PROCESSED = "PROCESSED";
    public static final String QUARANTINED = "QUARANTINED";
    /** monitor_processed_file.file_name is NVARCHAR(260). */
    private static final int NAME_MAX = 260;

    private final DataSource ds;
    private final Clock clock;

    public ProcessedFiles(DataSource ds, Clock clock) {
        this.ds = ds;
        this.clock = clock;
    }

    public Optional<Entry> find(String sha256) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT sha256, interface, file_name, status, first_seen, finished_at FROM monitor_processed_file WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        instant(rs.getObject(5, LocalDateTime.class)), instant(rs.getObject(6, LocalDateTime.class))));
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** Records that this content is being checked (kept as it is when a crash left it PROCESSING). */
    public void start(String sha256, DropInterface iface, String fileName) {
        if (find(sha256).isPresent()) {
            return;
        }
        update("INSERT INTO monitor_processed_file (sha256, interface, file_name, status, first_seen) VALUES (?, ?, ?, ?, ?)",
                sha256, iface.name(), clip(fileName), PROCESSING, now());
    }

    /** Findings are registered: from now on this content is never checked again. */
    public void checked(String sha256, String status, long rows, long badRows) {
        update("UPDATE monitor_processed_file SET status = ?, rows_total = ?, rows_bad = ? WHERE sha256 = ?",
                status, (int) Math.min(rows, Integer.MAX_VALUE), (int) Math.min(badRows, Integer.MAX_VALUE), sha256);
    }

    /** A resubmitted copy of this content is on its way: it is checked again like new content, under the copy's name. */
    public void reopen(String sha256, String fileName) {
        update("UPDATE monitor_processed_file SET status = ?, file_name = ?, finished_at = NULL WHERE sha256 = ?", PROCESSING,
                clip(fileName), sha256);
    }

    /** The file has been moved out of the drop folder. */
    public void moved(String sha256) {
        update("UPDATE monitor_processed_file SET finished_at = ? WHERE sha256 = ?", now(), sha256);
    }

    private void update(String sql, Object... args) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    // monitor store times are UTC instants (V1 migration), whatever the JVM's zone
    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    private static String clip(String s) {
        return s.length() <= NAME_MAX ? s : s.substring(0, NAME_MAX);
    }

    private static CheckUnavailableException unavailable(SQLException e) {
        return new CheckUnavailableException("monitor store unavailable: " + e.getClass().getSimpleName() + " (SQLState "
                + e.getSQLState() + ")", e);
    }
}
