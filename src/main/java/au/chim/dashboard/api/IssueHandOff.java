package au.chim.dashboard.api;

import au.chim.register.Issue;
import au.chim.register.IssueOperations;
import au.chim.register.IssueStore;
import au.chim.routing.Recipient;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Not mine": a person hands an issue to another party with a reason. In one transaction the hand-off is stored
 * (it replaces routing.yaml for this issue), the audit trail gets HANDED_OFF with the person, and each person of
 * the new party is queued a real-time alert, which the alert scheduler sends like any other.
 */
public class IssueHandOff {
    private final IssueOperations issues;
    private final IssueStore store;
    private final IssueParties parties;
    private final TransactionTemplate tx;
    private final Clock clock;

    public IssueHandOff(IssueOperations issues, IssueStore store, IssueParties parties, TransactionTemplate tx, Clock clock) {
        this.issues = issues;
        this.store = store;
        this.parties = parties;
        this.tx = tx;
        this.clock = clock;
    }

    public Issue handOff(long id, String actor, String party, String reason) {
        if (party == null || party.isBlank() || !parties.router().config().parties().containsKey(party.trim())) {
            throw new IllegalArgumentException("party must be one of " + new java.util.TreeSet<>(parties.router().config().parties().keySet())
                    + " (was " + party + ")");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a hand-off needs a reason");
        }
        String to = party.trim();
        return tx.execute(s -> {
            Issue issue = issues.get(id).orElseThrow(() -> new NoSuchElementException("no issue " + id));
            if (!issue.status().isOpen()) {
                throw new IllegalStateException("issue " + id + " is " + issue.status() + "; only open issues can be handed over");
            }
            List<String> from = parties.of(issue);
            if (from.equals(List.of(to))) {
                throw new IllegalStateException("issue " + id + " is already with " + to);
            }
            Instant now = clock.instant();
            store.jdbc().update("DELETE FROM monitor_issue_handoff WHERE issue_id = ?", id);
            store.jdbc().update("INSERT INTO monitor_issue_handoff (issue_id, party, from_parties, actor, reason, at) VALUES (?, ?, ?, ?, ?, ?)",
                    id, to, String.join(",", from), actor, clip(reason), au.chim.store.StoreTime.utc(now));
            store.audit(id, "HANDED_OFF", issue.status(), issue.status(), actor,
                    "handed from " + String.join(", ", from) + " to " + to + ": " + reason, now);
            String why = clip("handed to " + to + " by " + actor + " (not " + String.join(", ", from) + "'s): " + reason);
            for (Recipient r : parties.router().recipientsOf(to)) {
                store.jdbc().update("INSERT INTO monitor_alert_queue (recipient_id, recipient_email, issue_id, transition, severity, reason, "
                        + "support_request, created_at) VALUES (?, ?, ?, 'NEW', ?, ?, 0, ?)", r.id(), r.email(), id, issue.severity().name(),
                        why, au.chim.store.StoreTime.utc(now));
            }
            return issues.get(id).orElseThrow();
        });
    }

    private static String clip(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
