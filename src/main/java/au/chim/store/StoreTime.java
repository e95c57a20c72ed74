package au.chim.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The store's DATETIME2 columns hold UTC wall-clock times (V1 migration). A java.sql.Timestamp would be written and
 * read in the JVM's zone (mssql-jdbc and H2 both convert through it), so the same instant would be stored differently
 * by a monitor started in another zone; these conversions never look at the JVM's zone.
 */
public final class StoreTime {
    private StoreTime() {
    }

    /** The value to bind for an instant. */
    public static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return instant(rs.getObject(column, LocalDateTime.class));
    }

    public static Instant instant(ResultSet rs, int column) throws SQLException {
        return instant(rs.getObject(column, LocalDateTime.class));
    }
}
