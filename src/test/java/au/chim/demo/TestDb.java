package au.chim.demo;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** A fresh in-memory H2 ClickHome database (MSSQLServer mode, Sydney time) built from the real reference schema. */
final class TestDb {
    static final Path SCHEMA = Path.of("config/clickhome/reference-schema.sql");
    private static final AtomicInteger SEQ = new AtomicInteger();

    private TestDb() {
    }

    static DataSource empty() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:demo" + SEQ.incrementAndGet() + "_" + System.nanoTime()
                + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE;DB_CLOSE_DELAY=-1"
                + ";TIME ZONE=Australia/Sydney");
        return ds;
    }

    static DataSource withSchema() {
        DataSource ds = empty();
        ClickHomeSchema.create(ds, SCHEMA);
        return ds;
    }

    static long count(DataSource ds, String sql) {
        return ((Number) rows(ds, sql).get(0)[0]).longValue();
    }

    static List<Object[]> rows(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<Object[]> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] r = new Object[n];
                for (int i = 0; i < n; i++) {
                    r[i] = rs.getObject(i + 1);
                }
                out.add(r);
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** First column of every row, as strings. */
    static List<String> column(DataSource ds, String sql) {
        return rows(ds, sql).stream().map(r -> String.valueOf(r[0])).toList();
    }
}
