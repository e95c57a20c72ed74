package au.chim.detect.dropfolder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class JdbcCrossFileStateTest {

    @Test
    void remembersUpdatesAndKeepsOwnersApart() throws Exception {
        DataSource store = DropTestSupport.store();
        JdbcCrossFileState a = new JdbcCrossFileState(store, "dropfolder", DropTestSupport.CLOCK);
        JdbcCrossFileState b = new JdbcCrossFileState(store, "other", DropTestSupport.CLOCK);
        assertTrue(a.get("po:24017/012|1").isEmpty());
        a.put("po:24017/012|1", "abc|f1.csv");
        a.put("po:24017/012|1", "def|f2.csv");
        assertEquals("def|f2.csv", a.get("po:24017/012|1").orElseThrow());
        assertTrue(b.get("po:24017/012|1").isEmpty());
        String longKey = "k".repeat(500);
        a.put(longKey, "v");
        assertEquals("v", a.get(longKey).orElseThrow(), "keys past the column width are clipped consistently");
        try (Connection c = store.getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT updated_at FROM monitor_state WHERE state_key = 'po:24017/012|1'")) {
            rs.next();
            assertEquals(LocalDateTime.of(2024, 7, 1, 0, 0), rs.getObject(1, LocalDateTime.class), "stored as a UTC instant");
        }
    }

    @Test
    void readsAndWritesInBatchesUpdatingAndInsertingInOneGo() throws Exception {
        DataSource store = DropTestSupport.store();
        JdbcCrossFileState a = new JdbcCrossFileState(store, "dropfolder", DropTestSupport.CLOCK);
        JdbcCrossFileState b = new JdbcCrossFileState(store, "other", DropTestSupport.CLOCK);
        a.put("po:1|1", "old|f0.csv");
        b.put("po:2|1", "b-owner|f0.csv");
        java.util.Map<String, String> writes = new java.util.LinkedHashMap<>();
        for (int i = 1; i <= 1200; i++) {
            writes.put("po:" + i + "|1", "h" + i + "|f1.csv");
        }
        a.putAll(writes);
        java.util.Map<String, String> read = a.getAll(java.util.List.of("po:1|1", "po:2|1", "po:1200|1", "po:9999|1"));
        assertEquals(java.util.Map.of("po:1|1", "h1|f1.csv", "po:2|1", "h2|f1.csv", "po:1200|1", "h1200|f1.csv"), read,
                "updated, inserted, and an absent key left out");
        assertEquals("b-owner|f0.csv", b.get("po:2|1").orElseThrow(), "another owner's row is untouched");
    }
}
