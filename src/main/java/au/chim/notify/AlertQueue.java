package au.chim.notify;

import au.chim.register.Issue;
import au.chim.register.IssueStore;
import au.chim.register.Transition;
import au.chim.routing.Delivery;
import au.chim.routing.InhibitionRules;
import au.chim.routing.PartyRouter;
import au.chim.store.StoreTime;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records, per recipient, the transitions they must hear about in real time. Nothing is sent here:
 * the alert scheduler groups queued items into emails. What the routing matrix keeps for the digest,
 * and what an open parent issue explains (inhibition), is not queued; a resolution is queued only for
 * the people who were told about the problem.
 */
public class AlertQueue {
    private static final Logger LOG = LoggerFactory.getLogger(AlertQueue.class);

    private final JdbcTemplate jdbc;
    private final IssueStore issues;
    private final PartyRouter router;
    private final InhibitionRules inhibition;
    private final Clock clock;

    public AlertQueue(JdbcTemplate jdbc, IssueStore issues, PartyRouter router, InhibitionRules inhibition, Clock clock) {
        this.jdbc = jdbc;
        this.issues = issues;
        this.router = router;
        this.inhibition = inhibition;
        this.clock = clock;
    }

    /** Returns how many (recipient, issue) items were queued. */
    public int enqueue(List<Transition> transitions) {
        int queued = 0;
        List<Issue> openParents = null;
        for (Transition t : transitions) {
            if (!t.notifies()) {
                continue;
            }
            Issue issue = t.issue();
            if (t.type() == Transition.Type.RESOLVED) {
                queued += queueResolution(issue);
                continue;
            }
            if (openParents == null) {
                openParents = openParents();
            }
            List<Issue> candidates = new java.util.ArrayList<>(openParents);
            candidates.add(issue);
            var parent = inhibition.parentOf(issue, candidates).filter(p -> p.id() != issue.id());
            if (parent.isPresent()) {
                LOG.info("issue {} folded under open issue {} ({}); not alerted on its own", issue.id(), parent.get().id(), parent.get().code());
                continue;
            }
            String transition = t.type() == Transition.Type.NEW ? "NEW" : "REOPENED";
            for (Delivery d : router.route(issue)) {
                if (d.realTime()) {
                    insert(d.recipientId(), d.email(), issue, transition, d.reason(), d.supportRequest());
                    queued++;
                }
            }
        }
        return queued;
    }

    private List<Issue> openParents() {
        List<String> codes = List.copyOf(inhibition.sourceCodes());
        if (codes.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(codes.size(), "?"));
        return issues.query("WHERE status <> 'RESOLVED' AND code IN (" + marks + ")", codes.toArray());
    }

    private int queueResolution(Issue issue) {
        // Told of THIS occurrence: queued since the issue's last resolution notice, and not dropped by policy. A
        // flap-suppressed reopen queued nothing, so its resolution tells nobody about an outage they never heard of.
        List<Map<String, Object>> told = jdbc.queryForList("SELECT recipient_id, MAX(recipient_email) AS email, MAX(reason) AS reason "
                + "FROM monitor_alert_queue WHERE issue_id = ? AND transition <> 'RESOLVED' AND support_request = 0 AND dropped_at IS NULL "
                + "AND id > COALESCE((SELECT MAX(r.id) FROM monitor_alert_queue r WHERE r.issue_id = ? AND r.transition = 'RESOLVED'), 0) "
                + "GROUP BY recipient_id", issue.id(), issue.id());
        for (Map<String, Object> r : told) {
            insert((String) r.get("recipient_id"), (String) r.get("email"), issue, "RESOLVED", (String) r.get("reason"), false);
        }
        return told.size();
    }

    private void insert(String recipientId, String email, Issue issue, String transition, String reason, boolean supportRequest) {
        jdbc.update("INSERT INTO monitor_alert_queue (recipient_id, recipient_email, issue_id, transition, severity, reason, support_request, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                recipientId, email, issue.id(), transition, issue.severity().name(),
                reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000), supportRequest, StoreTime.utc(clock.instant()));
    }
}
