package au.chim.register;

import java.time.Instant;

/** One line of an issue's history: who moved it from what to what, and why. */
public record AuditEntry(Instant at, String transition, String fromStatus, String toStatus, String actor, String reason) {
}
