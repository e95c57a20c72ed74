package au.chim.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class DemoDataLoadTest {
    static final Clock FIXED = Clock.fixed(Instant.parse("2026-03-04T23:15:00Z"), ZoneOffset.UTC); // Thu 10:15 in Sydney

    @Test
    void loadsTheStatedScaleQuickly() {
        DataSource db = TestDb.withSchema();
        DemoData.Loaded loaded = DemoData.load(db, Clock.systemUTC(), 1);
        Map<String, Long> n = loaded.rowCounts();
        assertEquals(3, n.get("tblBusinessUnits"));
        assertBetween(n, "tblUsers", 10, 12);
        assertBetween(n, "tblSuppliers", 55, 70);
        assertBetween(n, "tblClients", 115, 125);
        assertBetween(n, "tblContracts", 390, 410);
        assertBetween(n, "tblIntPOHeaders", 700, 900);
        assertBetween(n, "tblIntPOLines", n.get("tblIntPOHeaders"), 3 * n.get("tblIntPOHeaders"));
        assertBetween(n, "tblIntPOApprovals", 150, 800);
        assertBetween(n, "tblMessages", 3800, 4200);
        assertBetween(n, "tblDevices", 6, 12);
        assertBetween(n, "tblDeviceSyncLog", 100, 500);
        assertEquals(4, n.get("tblServiceHeartbeat"));
        assertTrue(loaded.took().toSeconds() < 10, "took " + loaded.took());
        long delivered = TestDb.count(db, "SELECT COUNT(*) FROM dbo.tblMessages WHERE inStatus = 3");
        assertTrue(delivered > 0.9 * n.get("tblMessages"), "mostly delivered: " + delivered);
        long loadedPos = TestDb.count(db, "SELECT COUNT(*) FROM dbo.tblIntPOHeaders WHERE inLoadStatus IN (1, 2, 8)");
        assertTrue(loadedPos > 0.9 * n.get("tblIntPOHeaders"), "mostly loaded: " + loadedPos);
        assertEquals(Arrays.asList("NSW Housing", "QLD Housing", "VIC Housing"),
                TestDb.column(db, "SELECT sgName FROM dbo.tblBusinessUnits ORDER BY idBusinessUnit"));
        assertEquals(6, TestDb.count(db, "SELECT COUNT(*) FROM dbo.tblUsers WHERE bSupervisor = 1"));
    }

    @Test
    void sameSeedAndClockGiveTheSameRows() {
        DataSource a = TestDb.withSchema();
        DataSource b = TestDb.withSchema();
        DataSource c = TestDb.withSchema();
        DemoData.load(a, FIXED, 99);
        DemoData.load(b, FIXED, 99);
        DemoData.load(c, FIXED, 100);
        assertEquals(dump(a), dump(b));
        assertNotEquals(dump(a), dump(c));
    }

    @Test
    void timestampsAreSydneyLocalTimeRelativeToTheClock() {
        DataSource db = TestDb.withSchema();
        DemoData.load(db, FIXED, 5);
        // the hung service's last beat is one minute before 10:15 Sydney (AEDT, UTC+11)
        assertEquals(List.of("2026-03-05 10:14:00"), TestDb.column(db, "SELECT CAST(dtLastBeat AS VARCHAR(19)) FROM dbo.tblServiceHeartbeat "
                + "WHERE sgHostName = 'CHAPP01' AND sgServiceName = 'ClickHome Windows Service'"));
        assertEquals(0, TestDb.count(db, "SELECT COUNT(*) FROM dbo.tblMessages WHERE dtQueued > '2026-03-05 10:15:00'"));
    }

    @Test
    void refusesADatabaseThatAlreadyHasData() {
        DataSource db = TestDb.withSchema();
        DemoData.load(db, FIXED, 5);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DemoData.load(db, FIXED, 5));
        assertTrue(e.getMessage().contains("tblSuppliers is not empty"), e.getMessage());
    }

    @Test
    void schemaErrorsNameTheFile() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ClickHomeSchema.create(TestDb.empty(), Path.of("config/clickhome/missing.sql")));
        assertTrue(e.getMessage().contains("missing.sql"), e.getMessage());
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> ClickHomeSchema.create(TestDb.withSchema(), TestDb.SCHEMA));
        assertTrue(twice.getMessage().contains("statement 1 failed"), twice.getMessage());
    }

    private static void assertBetween(Map<String, Long> n, String table, long lo, long hi) {
        long v = n.get(table);
        assertTrue(v >= lo && v <= hi, table + " has " + v + " rows, expected " + lo + ".." + hi);
    }

    private static List<String> dump(DataSource db) {
        List<String> out = new ArrayList<>();
        for (String t : DemoData.TABLES) {
            for (Object[] r : TestDb.rows(db, "SELECT * FROM dbo." + t + " ORDER BY 1")) {
                out.add(t + Arrays.toString(r));
            }
        }
        return out;
    }
}
