package au.chim.routing;

import java.time.Duration;
import java.util.Locale;

/** Parses the short durations people write in config ("30s", "5m", "2h", "1d") as well as ISO-8601 ("PT5M"). */
public final class Durations {
    private Durations() {
    }

    /** @throws IllegalArgumentException with the offending text when it is not a duration */
    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("missing duration");
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            char unit = t.charAt(t.length() - 1);
            long n = Long.parseLong(t.substring(0, t.length() - 1).trim());
            if (n < 0) {
                throw new IllegalArgumentException("negative duration '" + text + "'");
            }
            return switch (unit) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new IllegalArgumentException("unknown unit in '" + text + "' (use s, m, h, d)");
            };
        } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (examples: 30s, 5m, 2h, 1d)");
        }
    }
}
