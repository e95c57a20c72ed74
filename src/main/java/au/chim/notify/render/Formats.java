package au.chim.notify.render;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and ages as a person in the recipient's time zone reads them: "Mon 23 Nov 2026 09:14 AEDT", "3 d 4 h". */
public final class Formats {
    /** en-AU: generic English has no short names for Australian zones and may print GMT+11:00 instead of AEDT. */
    private static final Locale AUSTRALIAN_ENGLISH = Locale.forLanguageTag("en-AU");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm zzz", AUSTRALIAN_ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", AUSTRALIAN_ENGLISH);

    private Formats() {
    }

    public static String when(Instant t, ZoneId zone) {
        return t == null ? "" : WHEN.format(t.atZone(zone));
    }

    public static String day(Instant t, ZoneId zone) {
        return t == null ? "" : DAY.format(t.atZone(zone));
    }

    /** Rounded down to the two largest units: 45 min, 5 h 12 min, 3 d 4 h. */
    public static String age(Instant from, Instant now) {
        if (from == null || now == null) {
            return "";
        }
        Duration d = Duration.between(from, now);
        if (d.isNegative()) {
            return "under 1 min";
        }
        if (d.toMinutes() < 1) {
            return "under 1 min";
        }
        long days = d.toDays();
        long hours = d.toHoursPart();
        long mins = d.toMinutesPart();
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        return hours > 0 ? hours + " h " + mins + " min" : mins + " min";
    }
}
