package au.chim.sqlserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.demo.ClickHomeSchema;
import au.chim.demo.DemoData;
import au.chim.detect.clickhome.CheckDefinition;
import au.chim.detect.clickhome.ClickHomeChecks;
import au.chim.detect.dropfolder.JdbcCrossFileState;
import au.chim.store.Databases;
import au.chim.store.MonitorState;
import au.chim.testsupport.CheckSql;
import au.chim.testsupport.ShippedChecks;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The checks and the store on a real SQL Server, which this machine does not have: run only by the opt-in profile
 * {@code ./mvnw -Psqlserver test -Dsqlserver.url='jdbc:sqlserver://HOST:1433;databaseName=MonitorScratch;encrypt=true;trustServerCertificate=true'
 * -Dsqlserver.username=... -Dsqlserver.password=...}. The database must be an empty scratch database the login owns
 * (db_owner); the login needs SELECT on msdb.dbo.backupset as in production. It receives the ClickHome reference
 * schema with the demo's data, and the store's Flyway migrations (monitor_* tables, same database).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChecksAndStoreOnSqlServerTest {
    private DataSource db;

    @BeforeAll
    void scratchDatabase() {
        String url = System.getProperty("sqlserver.url", "");
        assertTrue(url.startsWith("jdbc:sqlserver:"), "give the scratch database: -Dsqlserver.url=jdbc:sqlserver://... (see the class comment)");
        db = new DriverManagerDataSource(url, System.getProperty("sqlserver.username", ""), System.getProperty("sqlserver.password", ""));
        JdbcTemplate jdbc = new JdbcTemplate(db);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM sys.tables WHERE name = 'tblSuppliers'", Integer.class) == 0) {
            ClickHomeSchema.create(db, Path.of("config/clickhome/reference-schema.sql"));
            DemoData.load(db, Clock.systemUTC(), 17);
        }
        Databases.migrate(db);
    }

    @Test
    void everyShippedCheckRunsWithTheProductionSettings() throws Exception {
        ClickHomeChecks checks = ShippedChecks.load("file:config/application-production.properties,file:config/application.properties");
        List<String> failures = new ArrayList<>();
        int found = 0;
        for (CheckDefinition c : checks.definitions()) {
            try (Connection con = db.getConnection();
                 PreparedStatement ps = CheckSql.prepare(con, "", checks.query(c.id()), checks.parameters(c.id()));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found++;
                }
            } catch (Exception e) {
                failures.add(c.id() + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(found > 0, "the demo data holds an example of every error; the checks found none");
    }

    @Test
    void monitorStateKeepsOneRowPerKeyInUtc() {
        MonitorState state = new MonitorState(new JdbcTemplate(db));
        Instant at = Instant.parse("2026-07-01T02:03:04Z");
        String key = "shared-key";
        state.put("sqlserver-test", key, "first", at);
        state.put("sqlserver-test", key, "second", at.plusSeconds(60));
        assertEquals(at.plusSeconds(60), state.writtenAt("sqlserver-test", key).orElseThrow().truncatedTo(ChronoUnit.SECONDS));
        JdbcCrossFileState files = new JdbcCrossFileState(db, "sqlserver-test-files", Clock.systemUTC());
        files.put("PO-1", "v1");
        files.put("PO-1", "v2");
        assertEquals("v2", files.get("PO-1").orElseThrow());
    }
}
