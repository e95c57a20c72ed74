package au.chim.bench;

import au.chim.demo.ClickHomeSchema;
import au.chim.detect.clickhome.CheckDefinition;
import au.chim.detect.clickhome.ClickHomeChecks;
import au.chim.testsupport.CheckSql;
import au.chim.testsupport.ClickHomeBulkRows;
import au.chim.testsupport.ShippedChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Figures for the ClickHome checks (printed, never asserted on time): each check's median time with
 * 10 k and with 10 M rows in the table it scans (same 200 problem rows per check at both scales, all
 * healthy rows older than every look-back window, so any growth is growth with table size), first on the
 * reference schema as it is, then with config/clickhome/recommended-indexes.sql added; and the detector's
 * row rate (camel-sql + ClickHomeChecks.findings) against a raw JDBC read of the same rows.
 * Run: ./mvnw -o -Pbenchmark test -Dtest=ChecksBenchmark -Dbench.argLine=-Xmx2g [-Dbench.large=1000000, default 10 M: ~16 min to fill, ~12 GB of disk]
 */
class ChecksBenchmark {
    private static final int SMALL = 10_000;
    private static final int RUNS = 5;
    private static final Path RECOMMENDED_INDEXES = Path.of("config/clickhome/recommended-indexes.sql");

    @Test
    void checkTimesAtTwoScalesAndDetectorRowRate() throws Exception {
        int large = Integer.getInteger("bench.large", 10_000_000);
        ClickHomeChecks checks = ShippedChecks.load();
        List<CheckDefinition> defs = checks.definitions();
        Path dir = Files.createTempDirectory("bench-checks");
        try {
            DriverManagerDataSource smallDb = database(dir, "small", SMALL);
            Map<String, Result> smallPlain = timeAll(smallDb, checks);
            withRecommendedIndexes(smallDb, "small");
            Map<String, Result> smallIndexed = timeAll(smallDb, checks);
            DriverManagerDataSource bigDb = database(dir, "large", large);
            Map<String, Result> bigPlain = timeAll(bigDb, checks);
            withRecommendedIndexes(bigDb, "large");
            Map<String, Result> bigIndexed = timeAll(bigDb, checks);
            System.out.printf("BENCH check times in ms, median of %d runs after a warm-up (H2 file db, problem rows fixed, healthy rows scaled)%n", RUNS);
            System.out.printf("BENCH %-29s %-22s | %-31s | %-31s | %s%n", "", "", "reference schema as shipped", "+ recommended-indexes.sql", "");
            System.out.printf("BENCH %-29s %-22s | %9s %12s %8s | %9s %12s %8s | %s%n", "check", "table scanned",
                    "@" + SMALL, "@" + large, "ratio", "@" + SMALL, "@" + large, "ratio", "rows");
            for (CheckDefinition c : defs) {
                Result sp = smallPlain.get(c.id());
                Result lp = bigPlain.get(c.id());
                Result si = smallIndexed.get(c.id());
                Result li = bigIndexed.get(c.id());
                System.out.printf("BENCH %-29s %-22s | %9.1f %12.1f %8.1f | %9.1f %12.1f %8.1f | %s%n", c.id(), ClickHomeBulkRows.scanned(c.id()),
                        sp.ms, lp.ms, lp.ms / Math.max(0.05, sp.ms), si.ms, li.ms, li.ms / Math.max(0.05, si.ms),
                        sp.rows == li.rows ? String.valueOf(li.rows) : sp.rows + "/" + li.rows);
            }
            rowRate(bigDb, checks, large);
        } finally {
            deleteTree(dir);
        }
    }

    private static Map<String, Result> timeAll(DataSource db, ClickHomeChecks checks) throws SQLException {
        Map<String, Result> times = new LinkedHashMap<>();
        for (CheckDefinition c : checks.definitions()) {
            times.put(c.id(), time(db, checks, c));
        }
        return times;
    }

    private static void withRecommendedIndexes(DataSource db, String name) throws SQLException {
        long t0 = System.nanoTime();
        ClickHomeSchema.create(db, RECOMMENDED_INDEXES);
        analyze(db);
        System.out.printf("BENCH recommended indexes built on %s in %.0f s%n", name, (System.nanoTime() - t0) / 1e9);
    }

    /** Detector (camel-sql SelectList + findings) vs a raw ResultSet read, failed-messages with its cap of failed rows. */
    private static void rowRate(DriverManagerDataSource db, ClickHomeChecks checks, int large) throws Exception {
        CheckDefinition c = checks.definitions().stream().filter(d -> d.id().equals("failed-messages")).findFirst().orElseThrow();
        int failed = c.maxRows() - 1;
        ClickHomeBulkRows.moreFailedMessages(db, large, failed);
        String sql = checks.query(c.id());
        Map<String, Object> params = checks.parameters(c.id());
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.getRegistry().bind("clickhomeDataSource", db);
            camel.start();
            ProducerTemplate producer = camel.createProducerTemplate();
            long[] detector = new long[RUNS + 1];
            long[] raw = new long[RUNS + 1];
            int rows = 0;
            int findings = 0;
            for (int i = 0; i <= RUNS; i++) {
                long t0 = System.nanoTime();
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> result = producer.requestBodyAndHeader("sql:SELECT 1?dataSource=#clickhomeDataSource&outputType=SelectList",
                        params, "CamelSqlQuery", sql, List.class);
                Object out = checks.findings(c.id(), result);
                detector[i] = System.nanoTime() - t0;
                rows = result.size();
                findings = out instanceof au.chim.finding.FindingSnapshot s ? s.findings().size() : ((List<?>) out).size();
                t0 = System.nanoTime();
                int read = rawRead(db, sql, params);
                raw[i] = System.nanoTime() - t0;
                if (read != rows) {
                    throw new IllegalStateException("raw read " + read + " rows, detector " + rows);
                }
            }
            double detMs = median(Arrays.copyOfRange(detector, 1, RUNS + 1)) / 1e6;
            double rawMs = median(Arrays.copyOfRange(raw, 1, RUNS + 1)) / 1e6;
            System.out.printf("BENCH row rate, failed-messages at %d rows in tblMessages with %d failed (%d findings):%n", large, rows, findings);
            System.out.printf("BENCH   detector (camel-sql SelectList + findings): %8.1f ms = %,10.0f rows/s%n", detMs, rows / (detMs / 1000));
            System.out.printf("BENCH   raw JDBC ResultSet read, every column:      %8.1f ms = %,10.0f rows/s%n", rawMs, rows / (rawMs / 1000));
            System.out.printf("BENCH   detector / raw time: %.2f (raw rate is %.2fx the detector's)%n", detMs / rawMs, detMs / rawMs);
        }
    }

    private static Result time(DataSource db, ClickHomeChecks checks, CheckDefinition c) throws SQLException {
        String sql = checks.query(c.id());
        Map<String, Object> params = checks.parameters(c.id());
        long[] times = new long[RUNS];
        int rows = rawRead(db, sql, params);
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            rawRead(db, sql, params);
            times[i] = System.nanoTime() - t0;
        }
        return new Result(median(times) / 1e6, rows);
    }

    /** Runs the check as camel-sql would and reads every column of every row. */
    static int rawRead(DataSource db, String sql, Map<String, Object> params) throws SQLException {
        try (Connection con = db.getConnection(); PreparedStatement ps = CheckSql.prepare(con, "", sql, params); ResultSet rs = ps.executeQuery()) {
            int cols = rs.getMetaData().getColumnCount();
            int rows = 0;
            while (rs.next()) {
                for (int i = 1; i <= cols; i++) {
                    rs.getObject(i);
                }
                rows++;
            }
            return rows;
        }
    }

    private static DriverManagerDataSource database(Path dir, String name, int rows) throws SQLException {
        DriverManagerDataSource db = new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve(name)
                + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE;TIME ZONE=Australia/Sydney;DB_CLOSE_DELAY=-1");
        ClickHomeSchema.create(db, Path.of("config/clickhome/reference-schema.sql"));
        long t0 = System.nanoTime();
        ClickHomeBulkRows.fill(db, rows);
        analyze(db);
        System.out.printf("BENCH filled %s: %,d rows per scanned table in %.0f s%n", name, rows, (System.nanoTime() - t0) / 1e9);
        return db;
    }

    private static void analyze(DataSource db) throws SQLException {
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.execute("ANALYZE");
        }
    }

    private static double median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private record Result(double ms, int rows) {
    }
}
