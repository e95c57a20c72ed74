package au.chim.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCalendarTest {
    static final ZoneId SYD = ZoneId.of("Australia/Sydney");
    static final ZoneId BNE = ZoneId.of("Australia/Brisbane");
    static final ZoneId MEL = ZoneId.of("Australia/Melbourne");
    final BusinessCalendar cal = new BusinessCalendar();
    final WorkSchedule nsw = WorkSchedule.officeHours(SYD, "nsw");
    final WorkSchedule qld = WorkSchedule.officeHours(BNE, "qld");
    final WorkSchedule vic = WorkSchedule.officeHours(MEL, "vic");

    static Instant at(String localDateTime, ZoneId zone) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    @ParameterizedTest(name = "{0} in {1}: holiday={2}")
    @CsvSource({
            "2026-10-05, nsw, true",   // Labour Day NSW: first Monday of October
            "2026-10-05, qld, true",   // King's Birthday QLD moved to the first Monday of October
            "2026-05-04, qld, true",   // Labour Day QLD: first Monday of May
            "2026-05-04, nsw, false",
            "2026-11-03, vic, true",   // Melbourne Cup: VIC only
            "2026-11-03, nsw, false",
            "2026-01-26, nsw, true",   // Australia Day, national
            "2026-04-03, qld, true",   // Good Friday
            "2026-12-28, nsw, true",   // Boxing Day 2026 falls on a Saturday: the Monday is the holiday
            "2026-11-24, nsw, false"})
    void publicHolidaysDifferByState(LocalDate date, String state, boolean holiday) {
        assertEquals(holiday, cal.holiday(date, state).isPresent(), () -> date + " " + state + " " + cal.holiday(date, state));
    }

    @Test
    void labourDayInMayIsAWorkingDayInSydneyButNotInBrisbane() {
        Instant mondayMorning = at("2026-05-04T10:00", SYD);
        assertTrue(cal.isBusinessTime(nsw, mondayMorning));
        assertFalse(cal.isBusinessTime(qld, mondayMorning));
        assertEquals(at("2026-05-05T08:00", BNE), cal.nextBusinessStart(qld, mondayMorning));
    }

    @Test
    void outsideHoursWaitsForTheNextStartSkippingWeekendsAndHolidays() {
        assertEquals(at("2026-11-23T08:00", SYD), cal.nextBusinessStart(nsw, at("2026-11-20T17:00", SYD)), "Friday 17:00 -> Monday");
        assertEquals(at("2026-11-24T08:00", SYD), cal.nextBusinessStart(nsw, at("2026-11-24T06:59", SYD)), "early morning -> same day");
        Instant inHours = at("2026-11-24T09:15", SYD);
        assertEquals(inHours, cal.nextBusinessStart(nsw, inHours), "already business time");
        assertEquals(at("2026-11-04T08:00", MEL), cal.nextBusinessStart(vic, at("2026-11-02T18:00", MEL)), "skips Cup Day");
        assertEquals(at("2026-12-29T08:00", SYD), cal.nextBusinessStart(nsw, at("2026-12-24T17:30", SYD)), "Christmas break");
    }

    @Test
    void businessDaysBetweenCountsWorkingDaysOnly() {
        assertEquals(3, cal.businessDaysBetween(nsw, at("2026-11-23T10:00", SYD), at("2026-11-26T09:00", SYD)));
        assertEquals(1, cal.businessDaysBetween(nsw, at("2026-11-20T16:00", SYD), at("2026-11-23T09:00", SYD)));
        assertEquals(0, cal.businessDaysBetween(vic, at("2026-11-02T10:00", MEL), at("2026-11-03T10:00", MEL)), "Cup Day is not counted");
        assertEquals(1, cal.businessDaysBetween(nsw, at("2026-11-02T10:00", SYD), at("2026-11-03T10:00", SYD)));
    }

    @Test
    void hoursAreReadInTheRecipientsOwnZone() {
        // 08:30 in Brisbane is 09:30 in Sydney during daylight saving: QLD is working, the same instant is also NSW hours
        Instant t = ZonedDateTime.of(2026, 11, 24, 7, 30, 0, 0, BNE).toInstant();
        assertFalse(cal.isBusinessTime(qld, t));
        assertTrue(cal.isBusinessTime(nsw, t), "08:30 Sydney");
    }
}
