package au.chim.routing;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When a person works: their time zone, the Australian state whose public holidays they observe
 * (jollyday subdivision: act, nsw, nt, qld, sa, tas, vic, wa), and their hours on working weekdays.
 */
public record WorkSchedule(ZoneId zone, String state, LocalTime start, LocalTime end, Set<DayOfWeek> days) {
    public WorkSchedule {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("business hours end " + end + " must be after start " + start);
        }
        days = days == null || days.isEmpty() ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : EnumSet.copyOf(days);
    }

    /** Monday to Friday, 08:00 to 17:00. */
    public static WorkSchedule officeHours(ZoneId zone, String state) {
        return new WorkSchedule(zone, state, LocalTime.of(8, 0), LocalTime.of(17, 0), null);
    }
}
