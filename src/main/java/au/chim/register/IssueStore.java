package au.chim.register;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.Severity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import au.chim.store.StoreTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Reads and writes {@code monitor_issue} and {@code monitor_issue_audit}; no lifecycle decisions here. */
public class IssueStore {
    static final String COLUMNS = "id, fingerprint, code, category, severity, entity_type, entity_key, field, summary, detail, "
            + "evidence, suggested_action, source, scope, context_json, status, first_seen, last_seen, occurrences, resolved_at, "
            + "acknowledged_by, acknowledged_at, ack_note, snoozed_until, snooze_reason";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final RowMapper<Issue> mapper = this::map;

    public IssueStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public Optional<Issue> byFingerprint(String fingerprint) {
        return jdbc.query("SELECT " + COLUMNS + " FROM monitor_issue WHERE fingerprint = ?", mapper, Fingerprints.stored(fingerprint))
                .stream().findFirst();
    }

    public Optional<Issue> byId(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM monitor_issue WHERE id = ?", mapper, id).stream().findFirst();
    }

    /** Open issues owned by a snapshot scope: the ones a new snapshot may resolve. */
    public List<Issue> openInScope(String scope) {
        return jdbc.query("SELECT " + COLUMNS + " FROM monitor_issue WHERE scope = ? AND status <> 'RESOLVED'", mapper, scope);
    }

    public List<Issue> query(String whereAndOrder, Object... args) {
        return jdbc.query("SELECT " + COLUMNS + " FROM monitor_issue " + whereAndOrder, mapper, args);
    }

    public long insert(Finding f, String scope, Instant now) {
        jdbc.update("INSERT INTO monitor_issue (fingerprint, code, category, severity, entity_type, entity_key, field, summary, detail, "
                        + "evidence, suggested_action, source, scope, context_json, status, first_seen, last_seen, occurrences) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NEW', ?, ?, 1)",
                Fingerprints.stored(f.fingerprint()), clip(f.code(), 60), f.category().id(), f.severity().name(), clip(f.entityType(), 40),
                clip(f.entityKey(), 200),
                clip(f.field(), 100), f.summary(), f.detail(), f.evidence(), f.suggestedAction(), clip(f.source(), 100),
                clip(scope, 200), json(f.context()), ts(now), ts(now));
        return jdbc.queryForObject("SELECT id FROM monitor_issue WHERE fingerprint = ?", Long.class, Fingerprints.stored(f.fingerprint()));
    }

    /** Latest sighting: newest text and evidence win, occurrences count up. */
    public void seenAgain(long id, Finding f, String scope, IssueStatus status, Instant now, boolean clearResolution) {
        jdbc.update("UPDATE monitor_issue SET severity = ?, summary = ?, detail = ?, evidence = ?, suggested_action = ?, source = ?, "
                        + "scope = COALESCE(?, scope), context_json = ?, status = ?, last_seen = ?, occurrences = occurrences + 1"
                        + (clearResolution ? ", resolved_at = NULL, snoozed_until = NULL, snooze_reason = NULL" : "")
                        + " WHERE id = ?",
                f.severity().name(), f.summary(), f.detail(), f.evidence(), f.suggestedAction(), clip(f.source(), 100),
                clip(scope, 200), json(f.context()), status.name(), ts(now), id);
    }

    public void setStatus(long id, IssueStatus status, Instant resolvedAt) {
        jdbc.update("UPDATE monitor_issue SET status = ?, resolved_at = ? WHERE id = ?", status.name(), ts(resolvedAt), id);
    }

    public void acknowledge(long id, String actor, String note, Instant now) {
        jdbc.update("UPDATE monitor_issue SET status = 'ACKNOWLEDGED', acknowledged_by = ?, acknowledged_at = ?, ack_note = ? WHERE id = ?",
                clip(actor, 100), ts(now), clip(note, 1000), id);
    }

    public void snooze(long id, Instant until, String reason) {
        jdbc.update("UPDATE monitor_issue SET status = 'SNOOZED', snoozed_until = ?, snooze_reason = ? WHERE id = ?",
                ts(until), clip(reason, 1000), id);
    }

    /** The issue's last transition could not be queued for its people: the cause stays on the issue until one is. */
    public void flagNotifyError(long id, String cause, Instant now) {
        jdbc.update("UPDATE monitor_issue SET notify_error = ?, notify_error_at = ? WHERE id = ?", clip(cause, 1000), ts(now), id);
    }

    public void clearNotifyError(long id) {
        jdbc.update("UPDATE monitor_issue SET notify_error = NULL, notify_error_at = NULL WHERE id = ? AND notify_error IS NOT NULL", id);
    }

    public void markNotified(long id, Instant now) {
        jdbc.update("UPDATE monitor_issue SET last_notified_at = ? WHERE id = ?", ts(now), id);
    }

    public void audit(long issueId, String transition, IssueStatus from, IssueStatus to, String actor, String reason, Instant now) {
        jdbc.update("INSERT INTO monitor_issue_audit (issue_id, at, transition, from_status, to_status, actor, reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
                issueId, ts(now), transition, from == null ? null : from.name(), to.name(), clip(actor, 100), clip(reason, 1000));
    }

    public List<AuditEntry> history(long issueId) {
        return jdbc.query("SELECT at, transition, from_status, to_status, actor, reason FROM monitor_issue_audit WHERE issue_id = ? ORDER BY id",
                (rs, i) -> new AuditEntry(instant(rs, "at"), rs.getString("transition"), rs.getString("from_status"),
                        rs.getString("to_status"), rs.getString("actor"), rs.getString("reason")), issueId);
    }

    private Issue map(ResultSet rs, int row) throws SQLException {
        return new Issue(rs.getLong("id"), rs.getString("fingerprint"), rs.getString("code"), Category.fromId(rs.getString("category")),
                Severity.valueOf(rs.getString("severity")), rs.getString("entity_type"), rs.getString("entity_key"), rs.getString("field"),
                rs.getString("summary"), rs.getString("detail"), rs.getString("evidence"), rs.getString("suggested_action"),
                rs.getString("source"), rs.getString("scope"), context(rs.getString("context_json")), IssueStatus.valueOf(rs.getString("status")),
                instant(rs, "first_seen"), instant(rs, "last_seen"), rs.getInt("occurrences"), instant(rs, "resolved_at"),
                rs.getString("acknowledged_by"), instant(rs, "acknowledged_at"), rs.getString("ack_note"), instant(rs, "snoozed_until"),
                rs.getString("snooze_reason"));
    }

    /** Store times are UTC whatever the JVM's zone (StoreTime). */
    static java.time.LocalDateTime ts(Instant instant) {
        return StoreTime.utc(instant);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return StoreTime.instant(rs, column);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String json(Map<String, String> context) {
        try {
            return context == null || context.isEmpty() ? null : clip(JSON.writeValueAsString(context), 2000);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> context(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
