package au.chim.routing;

import java.time.Duration;

/**
 * When an open issue is escalated and how often its recipients are reminded.
 *
 * @param afterBusinessDays     an issue open this many business days goes to {@code party}; 0 turns escalation off
 * @param party                 who receives escalations (the business contact by default)
 * @param remindEvery           reminder interval while open and unacknowledged; zero turns reminders off
 * @param escalateAcknowledged  whether an acknowledged issue is still escalated when it stays open too long
 */
public record EscalationSettings(int afterBusinessDays, String party, Duration remindEvery, boolean escalateAcknowledged) {
    public static final EscalationSettings DEFAULT =
            new EscalationSettings(3, "business-contact", Duration.ofDays(1), false);
}
