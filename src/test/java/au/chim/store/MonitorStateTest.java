package au.chim.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** monitor_state on a migrated H2 store (MODE=MSSQLServer): UTC times whatever the JVM's zone, one row per key under concurrent first writes. */
class MonitorStateTest {
    private JdbcTemplate jdbc;
    private MonitorState state;

    @BeforeEach
    void store() {
        DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:h2:mem:state-" + System.nanoTime()
                + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        Databases.migrate(ds);
        jdbc = new JdbcTemplate(ds);
        state = new MonitorState(jdbc);
    }

    @Test
    void timesAreStoredAsUtcWhateverTheJvmZone() {
        Instant at = Instant.parse("2026-07-01T02:03:04Z");
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Australia/Sydney"));
            state.put("test", "k", "v", at);
            assertEquals("2026-07-01 02:03:04", jdbc.queryForObject(
                    "SELECT CAST(CAST(updated_at AS DATETIME2(0)) AS VARCHAR(19)) FROM monitor_state WHERE owner = 'test'", String.class));
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            assertEquals(at, state.writtenAt("test", "k").orElseThrow());
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void concurrentFirstWritesOfOneKeyLeaveOneRowAndNoError() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 20; round++) {
                String key = "key-" + round;
                CountDownLatch go = new CountDownLatch(1);
                List<Future<?>> writers = new ArrayList<>();
                for (int w = 0; w < 4; w++) {
                    String value = "writer-" + w;
                    writers.add(pool.submit(() -> {
                        go.await();
                        state.put("race", key, value, Instant.parse("2026-07-01T00:00:00Z"));
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> f : writers) {
                    f.get(30, TimeUnit.SECONDS);   // rethrows a writer's failure
                }
                assertEquals(1, jdbc.queryForObject("SELECT COUNT(*) FROM monitor_state WHERE owner = 'race' AND state_key = ?", Integer.class, key));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
