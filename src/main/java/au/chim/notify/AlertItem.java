package au.chim.notify;

import au.chim.register.Issue;
import java.time.Instant;

/** One queued line of an alert email: what happened to which issue, and why this recipient gets it. */
public record AlertItem(long queueId, String transition, String reason, Instant queuedAt, Issue issue) {
}
