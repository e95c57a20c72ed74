package au.chim.dashboard.api;

/**
 * Body of an operator action. {@code note} or {@code reason} is the text recorded in the audit trail;
 * a snooze needs {@code until} (ISO instant, e.g. 2026-11-23T07:00:00Z) or {@code hours}.
 */
public record ActionRequest(String note, String reason, String until, Integer hours) {
    String text() {
        return note != null && !note.isBlank() ? note : reason;
    }
}
