package au.chim.notify;

import au.chim.finding.Severity;
import au.chim.notify.render.EmailRenderer;
import au.chim.notify.render.Formats;
import au.chim.notify.render.ItemView;
import au.chim.notify.render.RenderedEmail;
import au.chim.register.Issue;
import au.chim.register.IssueStore;
import au.chim.routing.AlertDecision;
import au.chim.routing.AlertItem;
import au.chim.routing.AlertPolicy;
import au.chim.routing.PartyRouter;
import au.chim.routing.Recipient;
import au.chim.store.MonitorState;
import au.chim.store.StoreTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns each recipient's queued alert items into emails when {@link AlertPolicy} says so (group wait,
 * group interval, business hours, public holidays, critical-now). The emails go to the outbox and
 * their queue rows are marked in the same transaction, so an item is in exactly one email.
 */
public class AlertScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(AlertScheduler.class);
    static final String STATE_OWNER = "alerts";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final IssueStore issues;
    private final PartyRouter router;
    private final AlertPolicy policy;
    private final EmailRenderer renderer;
    private final Outbox outbox;
    private final Clock clock;
    private final MonitorState state;

    public AlertScheduler(JdbcTemplate jdbc, TransactionTemplate tx, IssueStore issues, PartyRouter router, AlertPolicy policy,
                          EmailRenderer renderer, Outbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.issues = issues;
        this.router = router;
        this.policy = policy;
        this.renderer = renderer;
        this.outbox = outbox;
        this.clock = clock;
        this.state = new MonitorState(jdbc);
    }

    /** Writes the emails that are due now; returns how many. */
    public int flush() {
        int written = 0;
        for (String recipientId : jdbc.queryForList("SELECT DISTINCT recipient_id FROM monitor_alert_queue "
                + "WHERE outbox_id IS NULL AND dropped_at IS NULL", String.class)) {
            try {
                Integer n = tx.execute(s -> flush(recipientId));
                written += n == null ? 0 : n;
            } catch (org.springframework.dao.DataAccessException e) {
                // One recipient the store refuses (an address over its column) must not hold back everybody after it.
                LOG.error("alert email for {} not written, its items stay queued: {}", recipientId, e.getMostSpecificCause().getMessage());
            }
        }
        return written;
    }

    private int flush(String recipientId) {
        Instant now = clock.instant();
        List<Queued> pending = jdbc.query("SELECT id, issue_id, transition, severity, reason, support_request, created_at, recipient_email "
                        + "FROM monitor_alert_queue WHERE outbox_id IS NULL AND dropped_at IS NULL AND recipient_id = ? ORDER BY id",
                (rs, i) -> new Queued(new AlertItem(rs.getLong("id"), rs.getLong("issue_id"),
                        AlertItem.Transition.valueOf(rs.getString("transition")), Severity.valueOf(rs.getString("severity")),
                        StoreTime.instant(rs, "created_at"), rs.getString("reason")),
                        rs.getBoolean("support_request"), rs.getString("recipient_email")), recipientId);
        if (pending.isEmpty()) {
            return 0;
        }
        Optional<Recipient> recipient = router.recipient(recipientId);
        if (recipient.isEmpty()) {
            LOG.warn("recipient {} is no longer in config/recipients.yaml; dropping {} queued alert item(s)", recipientId, pending.size());
            pending.forEach(q -> drop(q.item().queueId(), now));
            return 0;
        }
        Recipient to = recipient.get();
        Map<Long, Queued> byQueueId = new HashMap<>();
        pending.forEach(q -> byQueueId.put(q.item().queueId(), q));
        AlertDecision decision = policy.decide(to, pending.stream().map(Queued::item).toList(), lastSent(recipientId), now);
        if (decision.action() != AlertDecision.Action.SEND_NOW) {
            if (decision.action() == AlertDecision.Action.NOTHING) {
                decision.consumed().forEach(i -> drop(i.queueId(), now));
            }
            return 0;
        }
        List<ItemView> alertItems = new ArrayList<>();
        List<Long> alertRows = new ArrayList<>();
        int written = 0;
        for (AlertItem item : decision.items()) {
            Issue issue = issues.byId(item.issueId()).orElse(null);
            if (issue == null) {
                continue;
            }
            ItemView view = renderer.item(issue, item.transition().name(), item.reason(), to, now);
            if (byQueueId.get(item.queueId()).supportRequest()) {
                written += write(to, "SUPPORT", renderer.supportRequest(to, view, tried(issue, to)), List.of(item.queueId())) ? 1 : 0;
            } else {
                alertItems.add(view);
                alertRows.add(item.queueId());
            }
        }
        List<Long> consumed = decision.consumed().stream().map(AlertItem::queueId)
                .filter(id -> !byQueueId.get(id).supportRequest()).toList();
        if (!alertItems.isEmpty()) {
            written += write(to, "ALERT", renderer.alert(to, alertItems, decision.catchUp()), consumed) ? 1 : 0;
        } else {
            consumed.forEach(id -> drop(id, now));
        }
        alertItems.forEach(v -> issues.markNotified(v.id(), now));
        setLastSent(recipientId, now);
        return written;
    }

    private boolean write(Recipient to, String kind, RenderedEmail email, List<Long> queueRows) {
        if (queueRows.isEmpty()) {
            return false;
        }
        long first = queueRows.stream().mapToLong(Long::longValue).min().orElseThrow();
        long last = queueRows.stream().mapToLong(Long::longValue).max().orElseThrow();
        String dedup = kind.toLowerCase() + ":" + to.id() + ":" + first + "-" + last;
        RenderedEmail.Attachment a = email.attachment();
        long id = outbox.write(new OutboxMail(kind, dedup, to.id(), to.email(), email.subject(), email.text(), email.html(),
                        a == null ? null : a.name(), a == null ? null : a.contentType(), a == null ? null : a.content()))
                .orElseGet(() -> jdbc.queryForObject("SELECT id FROM monitor_outbox WHERE dedup_key = ?", Long.class, dedup));
        for (Long row : queueRows) {
            jdbc.update("UPDATE monitor_alert_queue SET outbox_id = ? WHERE id = ?", id, row);
        }
        LOG.info("{} email {} for {} with {} item(s)", kind.toLowerCase(), id, to.id(), queueRows.size());
        return true;
    }

    /** What the monitor knows was tried already, for the support request the business contact forwards. */
    private List<String> tried(Issue issue, Recipient to) {
        java.time.ZoneId zone = to.schedule().zone();
        List<String> out = new ArrayList<>();
        out.add("The monitor has seen it " + (issue.occurrences() == 1 ? "once" : issue.occurrences() + " times") + " since "
                + Formats.when(issue.firstSeen(), zone) + (issue.occurrences() == 1 ? "." : "; last seen " + Formats.when(issue.lastSeen(), zone) + "."));
        if (issue.ackNote() != null) {
            out.add("Note from " + issue.acknowledgedBy() + ", " + Formats.when(issue.acknowledgedAt(), zone) + ": " + issue.ackNote());
        }
        return out;
    }

    private void drop(long queueId, Instant now) {
        jdbc.update("UPDATE monitor_alert_queue SET dropped_at = ? WHERE id = ?", StoreTime.utc(now), queueId);
    }

    private Instant lastSent(String recipient) {
        return state.writtenAt(STATE_OWNER, recipient).orElse(null);
    }

    private void setLastSent(String recipient, Instant now) {
        state.put(STATE_OWNER, recipient, "last-alert", now);
    }

    private record Queued(AlertItem item, boolean supportRequest, String email) {
    }
}
