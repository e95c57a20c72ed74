package au.chim.routing;

import java.time.Instant;

/**
 * Decides whether an open issue should now be escalated (open too many business days) or its recipient
 * reminded (open, unacknowledged, last reminder long enough ago). Nothing is sent outside the person's
 * business hours: the next check inside them will decide again. Pure: the clock is a parameter.
 */
public final class EscalationPolicy {
    public enum Action { ESCALATE, REMIND, NOTHING }

    private final EscalationSettings settings;
    private final BusinessCalendar calendar;

    public EscalationPolicy(EscalationSettings settings, BusinessCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    public EscalationSettings settings() {
        return settings;
    }

    /**
     * @param who            whose calendar counts (the escalation party's recipient for ESCALATE, the reminded person otherwise)
     * @param openSince      when the issue was first seen (or reopened)
     * @param lastReminderAt last reminder sent for it; null if none
     * @param escalatedAt    when it was escalated; null if not yet (an issue is escalated once)
     */
    public Action decide(Recipient who, Instant openSince, boolean acknowledged, Instant lastReminderAt,
                         Instant escalatedAt, Instant now) {
        if (!calendar.isBusinessTime(who, now)) {
            return Action.NOTHING;
        }
        if (settings.afterBusinessDays() > 0 && escalatedAt == null
                && (!acknowledged || settings.escalateAcknowledged())
                && calendar.businessDaysBetween(who, openSince, now) >= settings.afterBusinessDays()) {
            return Action.ESCALATE;
        }
        if (!acknowledged && !settings.remindEvery().isZero()) {
            Instant since = lastReminderAt == null ? openSince : lastReminderAt;
            if (!since.plus(settings.remindEvery()).isAfter(now)) {
                return Action.REMIND;
            }
        }
        return Action.NOTHING;
    }
}
