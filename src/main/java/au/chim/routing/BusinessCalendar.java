package au.chim.routing;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Business days and hours per person: their working weekdays and hours, minus Australian national
 * and state public holidays (jollyday, {@link HolidayCalendar#AUSTRALIA} with subdivisions nsw, qld, vic ...).
 * Holidays are computed once per state and year and then cached; all methods are thread-safe.
 */
public final class BusinessCalendar {
    /** A schedule that never has a business day in this many days is a config mistake, not a long weekend. */
    private static final int MAX_DAYS_AHEAD = 60;

    private final HolidayManager holidays;
    private final Map<String, Map<LocalDate, String>> byStateYear = new ConcurrentHashMap<>();

    public BusinessCalendar() {
        this.holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.AUSTRALIA));
    }

    /** The holiday's name when {@code date} is a public holiday in {@code state} (national ones included). */
    public Optional<String> holiday(LocalDate date, String state) {
        return Optional.ofNullable(holidaysOf(state, date.getYear()).get(date));
    }

    public boolean isBusinessDay(WorkSchedule s, LocalDate date) {
        return s.days().contains(date.getDayOfWeek()) && holiday(date, s.state()).isEmpty();
    }

    public boolean isBusinessTime(WorkSchedule s, Instant at) {
        ZonedDateTime local = at.atZone(s.zone());
        return isBusinessDay(s, local.toLocalDate())
                && !local.toLocalTime().isBefore(s.start()) && local.toLocalTime().isBefore(s.end());
    }

    public boolean isBusinessTime(Recipient r, Instant at) {
        return isBusinessTime(r.schedule(), at);
    }

    /** {@code at} itself when it is business time, else the start of the next business period. */
    public Instant nextBusinessStart(WorkSchedule s, Instant at) {
        if (isBusinessTime(s, at)) {
            return at;
        }
        ZonedDateTime local = at.atZone(s.zone());
        LocalDate day = local.toLocalDate();
        if (!local.toLocalTime().isBefore(s.start())) {
            day = day.plusDays(1);
        }
        for (int i = 0; i <= MAX_DAYS_AHEAD; i++, day = day.plusDays(1)) {
            if (isBusinessDay(s, day)) {
                return LocalDateTime.of(day, s.start()).atZone(s.zone()).toInstant();
            }
        }
        throw new IllegalStateException("no business day within " + MAX_DAYS_AHEAD + " days of " + at
                + " for schedule " + s.days() + " in " + s.state());
    }

    public Instant nextBusinessStart(Recipient r, Instant at) {
        return nextBusinessStart(r.schedule(), at);
    }

    /** Business days d with from's date < d <= to's date (in the schedule's zone): Mon 10:00 to Thu 09:00 is 3. */
    public int businessDaysBetween(WorkSchedule s, Instant from, Instant to) {
        LocalDate a = from.atZone(s.zone()).toLocalDate();
        LocalDate b = to.atZone(s.zone()).toLocalDate();
        int n = 0;
        for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
            if (isBusinessDay(s, d)) {
                n++;
            }
        }
        return n;
    }

    public int businessDaysBetween(Recipient r, Instant from, Instant to) {
        return businessDaysBetween(r.schedule(), from, to);
    }

    private Map<LocalDate, String> holidaysOf(String state, int year) {
        return byStateYear.computeIfAbsent(state + "|" + year, k -> {
            Map<LocalDate, String> m = new HashMap<>();
            for (Holiday h : holidays.getHolidays(Year.of(year), state)) {
                m.put(h.getDate(), h.getDescription());
                h.getObservedDate().ifPresent(d -> m.put(d, h.getDescription() + " (observed)"));
            }
            return Map.copyOf(m);
        });
    }
}
