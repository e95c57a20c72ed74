package au.chim.digest;

import au.chim.routing.BusinessCalendar;
import au.chim.routing.Recipient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When digests go out: at a fixed time in the builder's time zone (07:00 by default) on the recipient's
 * business days, so nobody gets one on a weekend or a public holiday of their own state. The Camel cron
 * fires every weekday; this bean says, per recipient, whether today counts.
 */
public final class DigestSchedule {
    private final BusinessCalendar calendar;
    private final ZoneId builderZone;
    private final LocalTime at;

    public DigestSchedule(BusinessCalendar calendar, ZoneId builderZone, LocalTime at) {
        this.calendar = calendar;
        this.builderZone = builderZone;
        this.at = at;
    }

    /** Whether the builder-zone date of {@code now} is a business day for this recipient. */
    public boolean isDigestDay(Recipient r, Instant now) {
        return calendar.isBusinessDay(r.schedule(), now.atZone(builderZone).toLocalDate());
    }

    /** The next digest time strictly after {@code after} for this recipient. */
    public Instant nextRun(Recipient r, Instant after) {
        ZonedDateTime local = after.atZone(builderZone);
        LocalDate d = local.toLocalDate();
        for (int i = 0; i < 60; i++, d = d.plusDays(1)) {
            Instant candidate = d.atTime(at).atZone(builderZone).toInstant();
            if (candidate.isAfter(after) && calendar.isBusinessDay(r.schedule(), d)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no digest day within 60 days for " + r.id());
    }
}
