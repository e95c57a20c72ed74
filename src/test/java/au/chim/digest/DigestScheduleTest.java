package au.chim.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.routing.BusinessCalendar;
import au.chim.routing.Recipient;
import au.chim.routing.RoutingConfig;
import au.chim.routing.TestIssues;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** 07:00 Sydney on each recipient's business days. */
class DigestScheduleTest {
    static final ZoneId SYD = ZoneId.of("Australia/Sydney");
    final RoutingConfig config = TestIssues.shippedConfig();
    final Recipient nsw = config.recipients().get("accounts-team");
    final Recipient qld = config.recipients().get("accounts-qld-team");
    final DigestSchedule schedule = new DigestSchedule(new BusinessCalendar(), SYD, LocalTime.of(7, 0));

    static Instant syd(String t) {
        return LocalDateTime.parse(t).atZone(SYD).toInstant();
    }

    @Test
    void noDigestOnAStatePublicHolidayForThatStateOnly() {
        assertFalse(schedule.isDigestDay(qld, syd("2026-05-04T07:00")), "Labour Day QLD");
        assertTrue(schedule.isDigestDay(nsw, syd("2026-05-04T07:00")));
        assertFalse(schedule.isDigestDay(nsw, syd("2026-10-05T07:00")), "Labour Day NSW");
    }

    @Test
    void nextRunSkipsWeekendsAndHolidays() {
        assertEquals(syd("2026-11-30T07:00"), schedule.nextRun(nsw, syd("2026-11-27T07:00")), "Friday's digest -> Monday");
        assertEquals(syd("2026-05-05T07:00"), schedule.nextRun(qld, syd("2026-05-01T07:00")));
        assertEquals(syd("2026-05-04T07:00"), schedule.nextRun(nsw, syd("2026-05-01T07:00")));
        assertEquals(syd("2026-11-24T07:00"), schedule.nextRun(nsw, syd("2026-11-24T06:59")));
        assertEquals(syd("2026-12-29T07:00"), schedule.nextRun(nsw, syd("2026-12-24T07:00")), "Christmas and Boxing Day (Mon 28th)");
    }
}
