package au.chim.dashboard.api;

/** Body of "not mine": the party that should have the issue (an id from recipients.yaml) and why. */
public record HandOffRequest(String party, String reason) {
}
