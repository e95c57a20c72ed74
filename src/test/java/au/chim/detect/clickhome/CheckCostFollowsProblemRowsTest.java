package au.chim.detect.clickhome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.demo.ClickHomeSchema;
import au.chim.testsupport.CheckSql;
import au.chim.testsupport.ClickHomeBulkRows;
import au.chim.testsupport.ShippedChecks;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * "A poll's cost grows with the number of problem rows, not the size of the table", counted instead of
 * timed: H2's EXPLAIN ANALYZE reports how many rows each table access read. Every shipped check runs on
 * the same 200 problem rows per check among 2,000 and among 8,000 rows per interface table; the rows it
 * reads must not grow with the table. ChecksBenchmark prints what that means in milliseconds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckCostFollowsProblemRowsTest {
    private static final int SMALL = 2_000;
    private static final int LARGE = 4 * SMALL;
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");
    /** The checks whose predicates need config/clickhome/recommended-indexes.sql: the reference schema has no index on those columns. */
    private static final Set<String> NEED_RECOMMENDED_INDEXES = Set.of("po-approvals", "backend-job-errors", "backend-job-backlog");
    /** Checks reading only master or tiny tables, whose size does not depend on the interface tables. */
    private static final Set<String> MASTER_DATA_ONLY = Set.of("po-update-unacknowledged", "supplier-details", "supplier-duplicates",
            "client-details", "service-heartbeat", "sql-backups", "device-sync-stale");

    private final ClickHomeChecks shipped = ShippedChecks.load();
    private final List<CheckDefinition> checks = shipped.definitions();
    private final List<DataSource> databases = new ArrayList<>();

    @AfterEach
    void dropDatabases() throws SQLException {
        for (DataSource db : databases) {
            try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
                st.execute("SHUTDOWN");
            }
        }
        databases.clear();
    }

    @Test
    void withTheRecommendedIndexesNoCheckReadsMoreRowsWhenTheTableGrows() throws SQLException {
        DataSource small = database("indexed-small", SMALL, true);
        DataSource large = database("indexed-large", LARGE, true);
        List<String> growing = new ArrayList<>();
        for (CheckDefinition c : checks) {
            Cost s = cost(small, c);
            Cost l = cost(large, c);
            assertEquals(s.rows, l.rows, c.id() + ": the same problem rows at both sizes must give the same result rows");
            if (!MASTER_DATA_ONLY.contains(c.id())) {
                assertTrue(s.rows > 0, c.id() + " found nothing in the bulk data, so its cost says nothing");
            }
            if (l.rowsRead > s.rowsRead) {
                growing.add(c.id() + " read " + s.rowsRead + " rows at " + SMALL + " and " + l.rowsRead + " at " + LARGE);
            }
        }
        assertEquals(List.of(), growing);
    }

    @Test
    void onTheReferenceSchemaAloneOnlyTheChecksNamedInRecommendedIndexesGrow() throws SQLException {
        DataSource small = database("plain-small", SMALL, false);
        DataSource large = database("plain-large", LARGE, false);
        Set<String> growing = new TreeSet<>();
        for (CheckDefinition c : checks) {
            if (rowsRead(large, c) > rowsRead(small, c)) {
                growing.add(c.id());
            }
        }
        assertEquals(new TreeSet<>(NEED_RECOMMENDED_INDEXES), growing);
    }

    private DataSource database(String name, int rows, boolean recommendedIndexes) throws SQLException {
        DriverManagerDataSource db = new DriverManagerDataSource("jdbc:h2:mem:cost-" + name
                + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE;DB_CLOSE_DELAY=-1;TIME ZONE=Australia/Sydney");
        ClickHomeSchema.create(db, Path.of("config/clickhome/reference-schema.sql"));
        if (recommendedIndexes) {
            ClickHomeSchema.create(db, Path.of("config/clickhome/recommended-indexes.sql"));
        }
        ClickHomeBulkRows.fill(db, rows);
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.execute("ANALYZE");
        }
        databases.add(db);
        return db;
    }

    private Cost cost(DataSource db, CheckDefinition check) throws SQLException {
        String sql = shipped.query(check.id());
        try (Connection con = db.getConnection();
             PreparedStatement ps = CheckSql.prepare(con, "", sql, shipped.parameters(check.id()));
             ResultSet rs = ps.executeQuery()) {
            int rows = 0;
            while (rs.next()) {
                rows++;
            }
            return new Cost(rows, rowsRead(db, check));
        }
    }

    /** The rows every table access of the plan read, summed (a correlated subquery reports its last run). */
    private long rowsRead(DataSource db, CheckDefinition check) throws SQLException {
        String sql = shipped.query(check.id());
        try (Connection con = db.getConnection();
             PreparedStatement ps = CheckSql.prepare(con, "EXPLAIN ANALYZE ", sql, shipped.parameters(check.id()));
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            Matcher m = SCAN_COUNT.matcher(rs.getString(1));
            long read = 0;
            while (m.find()) {
                read += Long.parseLong(m.group(1));
            }
            return read;
        }
    }

    private record Cost(int rows, long rowsRead) {
    }
}
