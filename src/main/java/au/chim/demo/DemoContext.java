package au.chim.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** What the demo loaders share: the connection, one seeded random source, "now" as ClickHome writes it, and key-to-id maps. */
final class DemoContext {
    final Connection c;
    final Fake fake;
    /** Local server time in Australia/Sydney, truncated to seconds so two loads with the same clock are identical. */
    final LocalDateTime now;

    DemoContext(Connection c, Random rnd, LocalDateTime now) {
        this.c = c;
        this.fake = new Fake(rnd);
        this.now = now;
    }

    LocalDateTime minutesAgo(long m) {
        return now.minusMinutes(m);
    }

    LocalDateTime hoursAgo(long h) {
        return now.minusHours(h);
    }

    LocalDateTime daysAgo(long d) {
        return now.minusDays(d);
    }

    /** key column -> id column of a table, in id order (so iteration is deterministic). */
    Map<String, Integer> ids(String table, String idColumn, String keyColumn) throws SQLException {
        Map<String, Integer> m = new LinkedHashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + idColumn + ", " + keyColumn + " FROM " + table + " ORDER BY " + idColumn)) {
            while (rs.next()) {
                m.put(rs.getString(2), rs.getInt(1));
            }
        }
        return m;
    }

    long count(String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    int update(String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            return st.executeUpdate(sql);
        }
    }
}
