package au.chim.notify.render;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts every datetime inside a text (a ClickHome column, a detail line, a bounce report) into the emails'
 * one format in the reader's zone. A datetime without a zone is ClickHome's wall clock, so it is read in
 * the ClickHome server's zone and never in the JVM's; one with Z or an offset is an instant already.
 */
public final class TimeText {
    private static final Pattern DATETIME = Pattern.compile(
            "\\b(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)(Z|[+-]\\d{2}:\\d{2})?(?![\\d:])");

    private final ZoneId clickhomeZone;

    public TimeText(ZoneId clickhomeZone) {
        this.clickhomeZone = clickhomeZone;
    }

    public ZoneId clickhomeZone() {
        return clickhomeZone;
    }

    /** The text with each datetime it contains rewritten; text without one comes back unchanged. */
    public String rewrite(String text, ZoneId reader) {
        if (text == null || text.indexOf('-') < 0) {
            return text;
        }
        Matcher m = DATETIME.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            Instant t = instant(m.group(1), m.group(2), m.group(3));
            m.appendReplacement(out, Matcher.quoteReplacement(t == null ? m.group() : Formats.when(t, reader)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The instant a text datetime stands for, or null when it is no real date (2026-13-45). */
    public Instant instant(String date, String time, String zone) {
        try {
            LocalDateTime local = LocalDateTime.parse(date + "T" + time);
            return zone == null ? local.atZone(clickhomeZone).toInstant()
                    : OffsetDateTime.parse(date + "T" + time + zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
