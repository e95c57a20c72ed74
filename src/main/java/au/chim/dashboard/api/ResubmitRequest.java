package au.chim.dashboard.api;

/** Body of a resubmit: the reason (required, written to the audit trail) and force (resubmit bytes already processed once). */
public record ResubmitRequest(String reason, Boolean force) {
}
