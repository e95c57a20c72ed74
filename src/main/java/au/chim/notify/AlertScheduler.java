package au.chim.notify;

import au.chim.register.IssueStore;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Groups queued alert items per recipient into emails, Alertmanager style: a recipient's first
 * item waits {@code groupWait} so what arrives together leaves together, and a recipient gets at
 * most one alert email per {@code groupInterval}. The email goes to the outbox and its items are
 * marked in the same transaction, so an item is in exactly one email.
 */
public class AlertScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(AlertScheduler.class);
    private static final String STATE_OWNER = "alerts";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final IssueStore issues;
    private final AlertRenderer renderer;
    private final Outbox outbox;
    private final Clock clock;
    private final Duration groupWait;
    private final Duration groupInterval;

    public AlertScheduler(JdbcTemplate jdbc, TransactionTemplate tx, IssueStore issues, AlertRenderer renderer, Outbox outbox,
                          Clock clock, Duration groupWait, Duration groupInterval) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.issues = issues;
        this.renderer = renderer;
        this.outbox = outbox;
        this.clock = clock;
        this.groupWait = groupWait;
        this.groupInterval = groupInterval;
    }

    /** Writes one outbox email per recipient whose group is due; returns how many were written. */
    public int flush() {
        Instant now = clock.instant();
        List<Map<String, Object>> groups = jdbc.queryForList("SELECT recipient_id, MIN(recipient_email) AS email, MIN(created_at) AS oldest "
                + "FROM monitor_alert_queue WHERE outbox_id IS NULL GROUP BY recipient_id");
        int written = 0;
        for (Map<String, Object> g : groups) {
            String recipient = (String) g.get("recipient_id");
            Instant oldest = ((Timestamp) g.get("oldest")).toInstant();
            if (oldest.plus(groupWait).isAfter(now) || lastSent(recipient).map(t -> t.plus(groupInterval).isAfter(now)).orElse(false)) {
                continue;
            }
            if (Boolean.TRUE.equals(tx.execute(s -> writeEmail(recipient, (String) g.get("email"), now)))) {
                written++;
            }
        }
        return written;
    }

    private boolean writeEmail(String recipient, String email, Instant now) {
        List<AlertItem> items = new ArrayList<>();
        jdbc.query("SELECT id, issue_id, transition, reason, created_at FROM monitor_alert_queue "
                + "WHERE outbox_id IS NULL AND recipient_id = ? ORDER BY id", rs -> {
                    issues.byId(rs.getLong("issue_id")).ifPresent(issue -> {
                        try {
                            items.add(new AlertItem(rs.getLong("id"), rs.getString("transition"), rs.getString("reason"),
                                    rs.getTimestamp("created_at").toInstant(), issue));
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                }, recipient);
        if (items.isEmpty()) {
            return false;
        }
        OutboxMail mail = renderer.render(recipient, email, items);
        long first = items.get(0).queueId();
        long last = items.get(items.size() - 1).queueId();
        Optional<Long> outboxId = outbox.write(new OutboxMail(mail.kind(), "alert:" + recipient + ":" + first + "-" + last, recipient, email,
                mail.subject(), mail.bodyText(), mail.bodyHtml(), mail.attachmentName(), mail.attachmentType(), mail.attachmentBody()));
        long id = outboxId.orElseGet(() -> jdbc.queryForObject("SELECT id FROM monitor_outbox WHERE dedup_key = ?", Long.class,
                "alert:" + recipient + ":" + first + "-" + last));
        jdbc.update("UPDATE monitor_alert_queue SET outbox_id = ? WHERE recipient_id = ? AND outbox_id IS NULL AND id BETWEEN ? AND ?",
                id, recipient, first, last);
        items.forEach(i -> issues.markNotified(i.issue().id(), now));
        setLastSent(recipient, now);
        LOG.info("alert email {} for {} with {} item(s)", id, recipient, items.size());
        return true;
    }

    private Optional<Instant> lastSent(String recipient) {
        return jdbc.query("SELECT updated_at FROM monitor_state WHERE owner = ? AND state_key = ?",
                (rs, i) -> rs.getTimestamp(1).toInstant(), STATE_OWNER, recipient).stream().findFirst();
    }

    private void setLastSent(String recipient, Instant now) {
        Timestamp ts = Timestamp.from(now);
        if (jdbc.update("UPDATE monitor_state SET updated_at = ? WHERE owner = ? AND state_key = ?", ts, STATE_OWNER, recipient) == 0) {
            jdbc.update("INSERT INTO monitor_state (owner, state_key, state_value, updated_at) VALUES (?, ?, 'last-alert', ?)",
                    STATE_OWNER, recipient, ts);
        }
    }
}
