package au.chim.detect.dropfolder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The quarantined drop files and where each stands (table monitor_rejected_file, V16_1): waiting, resubmitted,
 * being verified in ClickHome, or resolved. Each is its own issue, so this is what keeps it open until its data is in.
 */
public final class RejectedFiles {
    public static final String QUARANTINED = "QUARANTINED";
    public static final String RESUBMITTING = "RESUBMITTING";
    public static final String VERIFYING = "VERIFYING";
    public static final String RESOLVED = "RESOLVED";
    /** A rejected file's keys are remembered up to this many; a bigger one is matched by resubmit or operator only. */
    static final int MAX_KEYS = 10_000;

    /** One row of monitor_rejected_file. */
    public record Entry(long id, String sha256, DropInterface iface, String source, String fileName, String quarantinePath,
                        String reason, String reasonText, String severity, String scope, String status, Instant rejectedAt,
                        String sameAs, String resubmittedBy, Instant resubmittedAt, String resubmitReason, String resubmitName,
                        String passedFile, Instant verifyDeadline, String resolution) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public RejectedFiles(DataSource store, Clock clock) {
        this.jdbc = new JdbcTemplate(store);
        this.clock = clock;
    }

    /** Records a refused file about to be moved from {@code path} (once: a restart that repeats the move finds the same row). */
    public long recordOnce(DropFileResult.Rejected r, String sha256, String path, String sameAs) {
        List<Long> ids = guard(() -> jdbc.queryForList("SELECT id FROM monitor_rejected_file WHERE sha256 = ? AND file_name = ? "
                + "AND status = 'QUARANTINED'", Long.class, sha256, clip(r.fileName(), 260)));
        return ids.isEmpty() ? record(r, sha256, path, sameAs) : ids.get(0);
    }

    private long record(DropFileResult.Rejected r, String sha256, String quarantinePath, String sameAs) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        guard(() -> jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO monitor_rejected_file (sha256, interface, source_system, file_name, quarantine_path, "
                    + "reason, reason_text, severity, scope, status, rejected_at, same_as) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            Object[] a = {sha256, r.iface().name(), clip(r.sourceSystem(), 60), clip(r.fileName(), 260), clip(quarantinePath, 1000),
                    r.reason().name(), clip(r.reasonText(), 1000), r.severity().name(), r.rejectionScope(), QUARANTINED, now(), sameAs};
            for (int i = 0; i < a.length; i++) {
                ps.setObject(i + 1, a[i]);
            }
            return ps;
        }, keys));
        long id = keys.getKey().longValue();
        insertKeys(id, r.keys());
        return id;
    }

    private void insertKeys(long id, Collection<String> keys) {
        List<Object[]> rows = keys.stream().map(k -> clip(k, 200)).distinct().limit(MAX_KEYS).map(k -> new Object[] {id, k}).toList();
        guard(() -> jdbc.batchUpdate("INSERT INTO monitor_rejected_key (rejected_id, business_key) VALUES (?, ?)", rows));
    }

    public Optional<Entry> get(long id) {
        return guard(() -> jdbc.query(SELECT + " WHERE id = ?", RejectedFiles::entry, id)).stream().findFirst();
    }

    /** Every file still in the quarantine (not resolved), oldest first. */
    public List<Entry> open() {
        return guard(() -> jdbc.query(SELECT + " WHERE status <> 'RESOLVED' ORDER BY id", RejectedFiles::entry));
    }

    public List<Entry> inStatus(String status) {
        return guard(() -> jdbc.query(SELECT + " WHERE status = ? ORDER BY id", RejectedFiles::entry, status));
    }

    /** The resubmission waiting for the file with these bytes, if one is. */
    public Optional<Entry> resubmitting(String sha256) {
        return guard(() -> jdbc.query(SELECT + " WHERE sha256 = ? AND status = 'RESUBMITTING' ORDER BY id", RejectedFiles::entry, sha256))
                .stream().findFirst();
    }

    public Set<String> keys(long id) {
        return Set.copyOf(guard(() -> jdbc.queryForList("SELECT business_key FROM monitor_rejected_key WHERE rejected_id = ?", String.class, id)));
    }

    /** Open rejections of an interface with their keys, for a passing file to cover (few: only files still waiting). */
    public Map<Long, Set<String>> waitingKeys(DropInterface iface) {
        Map<Long, Set<String>> out = new java.util.LinkedHashMap<>();
        for (Map<String, Object> row : guard(() -> jdbc.queryForList("SELECT k.rejected_id, k.business_key FROM monitor_rejected_key k "
                + "JOIN monitor_rejected_file f ON f.id = k.rejected_id WHERE f.interface = ? AND f.status = 'QUARANTINED'", iface.name()))) {
            out.computeIfAbsent(((Number) row.get("rejected_id")).longValue(), x -> new java.util.HashSet<>()).add((String) row.get("business_key"));
        }
        return out;
    }

    /** @param sha256 the bytes of the copy (an operator may have corrected the file in the quarantine) */
    public void resubmitting(long id, String actor, String reason, boolean forced, String copyName, String sha256) {
        guard(() -> jdbc.update("UPDATE monitor_rejected_file SET status = 'RESUBMITTING', resubmitted_by = ?, resubmitted_at = ?, "
                + "resubmit_reason = ?, resubmit_forced = ?, resubmit_name = ?, sha256 = ? WHERE id = ?", clip(actor, 100), now(),
                clip(reason, 1000), forced, clip(copyName, 260), sha256, id));
    }

    /** A resubmitted or corrected file passed: look for the data in ClickHome until {@code deadline}. */
    public void verifying(long id, String passedFile, Collection<String> keys, Instant deadline) {
        guard(() -> jdbc.update("DELETE FROM monitor_rejected_key WHERE rejected_id = ?", id));
        insertKeys(id, keys);
        guard(() -> jdbc.update("UPDATE monitor_rejected_file SET status = 'VERIFYING', passed_file = ?, verify_deadline = ? WHERE id = ?",
                clip(passedFile, 260), LocalDateTime.ofInstant(deadline, ZoneOffset.UTC), id));
    }

    /** The resubmitted copy was refused again: the file waits in the quarantine as before. */
    public void backToQuarantine(long id, String why) {
        guard(() -> jdbc.update("UPDATE monitor_rejected_file SET status = 'QUARANTINED', resolution = ? WHERE id = ?", clip(why, 1000), id));
    }

    public void moved(long id, String quarantinePath) {
        guard(() -> jdbc.update("UPDATE monitor_rejected_file SET quarantine_path = ? WHERE id = ?", clip(quarantinePath, 1000), id));
    }

    /** Files whose issue an operator resolved with a reason are done too (the reason is in the history). */
    public void followOperatorResolutions() {
        guard(() -> jdbc.update("UPDATE monitor_rejected_file SET status = 'RESOLVED', resolved_at = ?, resolution = 'resolved on its "
                + "issue by an operator' WHERE status IN ('QUARANTINED', 'VERIFYING') AND EXISTS (SELECT 1 FROM monitor_issue i "
                + "WHERE i.scope = monitor_rejected_file.scope AND i.code = 'DROP_FILE_REJECTED' AND i.status = 'RESOLVED')", now()));
    }

    public void resolved(long id, String resolution) {
        guard(() -> jdbc.update("UPDATE monitor_rejected_file SET status = 'RESOLVED', resolved_at = ?, resolution = ? WHERE id = ?",
                now(), clip(resolution, 1000), id));
    }

    private static final String SELECT = "SELECT id, sha256, interface, source_system, file_name, quarantine_path, reason, reason_text, "
            + "severity, scope, status, rejected_at, same_as, resubmitted_by, resubmitted_at, resubmit_reason, resubmit_name, passed_file, "
            + "verify_deadline, resolution FROM monitor_rejected_file";

    private static Entry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Entry(rs.getLong(1), rs.getString(2).trim(), DropInterface.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), instant(rs, 12),
                rs.getString(13), rs.getString(14), instant(rs, 15), rs.getString(16), rs.getString(17), rs.getString(18), instant(rs, 19),
                rs.getString(20));
    }

    private static Instant instant(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        LocalDateTime t = rs.getObject(i, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    // monitor store times are UTC instants (V1 migration), whatever the JVM's zone
    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static <T> T guard(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (DataAccessException e) {
            throw new CheckUnavailableException("monitor store unavailable: " + e.getClass().getSimpleName(), e);
        }
    }
}
