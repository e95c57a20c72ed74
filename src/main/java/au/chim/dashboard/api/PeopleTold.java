package au.chim.dashboard.api;

import au.chim.routing.PartyRouter;
import au.chim.routing.Recipient;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who was told about an issue, when and why, in plain words: read from the alert queue (one row per person and
 * transition, with the routing rule that reached them) and whether that email has gone out (outbox).
 */
public class PeopleTold {
    private final JdbcTemplate store;
    private final PartyRouter router;

    public PeopleTold(JdbcTemplate store, PartyRouter router) {
        this.store = store;
        this.router = router;
    }

    /** Per issue id, the people told, oldest first. */
    public Map<Long, List<Map<String, Object>>> forIssues(List<Long> ids) {
        Map<Long, List<Map<String, Object>>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        store.query("SELECT q.issue_id, q.recipient_id, q.transition, q.reason, q.created_at, q.dropped_at, o.status AS email_status, "
                + "o.sent_at FROM monitor_alert_queue q LEFT JOIN monitor_outbox o ON o.id = q.outbox_id WHERE q.issue_id IN (" + marks
                + ") ORDER BY q.id", rs -> {
                    Map<String, Object> r = new LinkedHashMap<>();
                    String id = rs.getString("recipient_id");
                    r.put("recipient", router.recipient(id).map(Recipient::name).orElse(id));
                    r.put("transition", rs.getString("transition"));
                    r.put("why", rs.getString("reason"));
                    r.put("queuedAt", instant(rs.getTimestamp("created_at")));
                    r.put("sentAt", instant(rs.getTimestamp("sent_at")));
                    r.put("email", rs.getTimestamp("dropped_at") != null ? "not needed" : rs.getString("email_status") == null ? "waiting"
                            : rs.getString("email_status"));
                    out.computeIfAbsent(rs.getLong("issue_id"), k -> new java.util.ArrayList<>()).add(r);
                }, ids.toArray());
        return out;
    }

    private static java.time.Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
