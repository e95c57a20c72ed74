package au.chim.routing;

import au.chim.finding.Severity;
import java.time.Instant;
import java.util.Objects;

/**
 * One transition waiting in a recipient's alert queue (a row of {@code monitor_alert_queue}).
 *
 * @param queueId   the queue row, so the scheduler can mark exactly the rows an email consumed
 * @param reason    why this recipient gets it (the routing rule), shown in the email
 */
public record AlertItem(long queueId, long issueId, Transition transition, Severity severity, Instant createdAt,
                        String reason) {
    /** The register transitions that may notify. */
    public enum Transition { NEW, REOPENED, RESOLVED }

    public AlertItem {
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean raises() {
        return transition != Transition.RESOLVED;
    }
}
