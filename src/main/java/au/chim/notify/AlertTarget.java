package au.chim.notify;

/** One person who must hear about an issue, and the rule that says so (shown in the email). */
public record AlertTarget(String recipientId, String email, String reason) {
}
