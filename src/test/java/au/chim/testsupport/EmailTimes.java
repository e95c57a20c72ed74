package au.chim.testsupport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The emails' one time format ("Wed 2 Dec 2026 14:10 AEDT"), as a reader would check it. */
public final class EmailTimes {
    /** A clock time, not the port of a host:port address or part of a longer number. */
    static final Pattern ANY_TIME = Pattern.compile("(?<![\\d.:/])\\d{1,2}:\\d{2}(?!\\d)");
    static final Pattern ONE_FORMAT = Pattern.compile("(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2} AE[DS]T");

    private EmailTimes() {
    }

    /** Every time in the body is in the one format, and no ISO or SQL datetime is left. */
    public static void assertOneFormat(String body) {
        assertFalse(Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(body).find(), "no ISO or SQL datetimes: " + body);
        Matcher m = ANY_TIME.matcher(body);
        while (m.find()) {
            String around = body.substring(Math.max(0, m.start() - 20), Math.min(body.length(), m.end() + 5));
            assertTrue(ONE_FORMAT.matcher(around).find(), "every time in the one format: ..." + around + "...");
        }
    }
}
