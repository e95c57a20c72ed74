package au.chim.detect.clickhome;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * ClickHome's datetimes are wall-clock times of the ClickHome server (SYSDATETIME() defaults, no offset stored),
 * so they are read in that server's zone (setting monitor.clickhome.time-zone), never in the JVM's or the SQL
 * Server's: a UTC-hosted SQL Server (Azure SQL) would otherwise shift every age by 10-11 hours.
 * The checks compare with {@link #now()}, bound as {@code :#clickhomeNow}, instead of the server's GETDATE().
 */
public final class ClickHomeTime {
    /** Name of the parameter every check's SQL may read as the ClickHome server's current wall-clock time. */
    public static final String NOW_PARAMETER = "clickhomeNow";
    private final ZoneId zone;
    private final Clock clock;

    /**
     * @param clock the real clock: ClickHome writes its rows on its own clock, which a test or a demo moving the
     *              monitor's clock does not move
     */
    public ClickHomeTime(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The ClickHome server's wall-clock time now. */
    public LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), zone);
    }

    /** The instant a ClickHome datetime column means (null stays null). */
    public Instant toInstant(LocalDateTime clickhomeLocal) {
        return clickhomeLocal == null ? null : clickhomeLocal.atZone(zone).toInstant();
    }

    /** As {@link #toInstant(LocalDateTime)} for a JDBC value: its wall-clock fields, whatever zone the JVM is in. */
    public Instant toInstant(Timestamp clickhomeLocal) {
        return clickhomeLocal == null ? null : toInstant(clickhomeLocal.toLocalDateTime());
    }
}
