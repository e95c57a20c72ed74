package au.chim.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The small key/value memory the stages keep in {@code monitor_state} (when a recipient was last
 * emailed, when a digest slot was written, when an issue was last reminded), so it survives restarts.
 * Times are UTC ({@link StoreTime}).
 */
public class MonitorState {
    private static final String LOCKING_READ = "SELECT state_value FROM monitor_state WITH (UPDLOCK, HOLDLOCK) WHERE owner = ? AND state_key = ?";
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public MonitorState(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        // joins the caller's transaction on the same store when there is one
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
    }

    /** When the key was last written; empty if never. */
    public Optional<Instant> writtenAt(String owner, String key) {
        return jdbc.queryForList("SELECT updated_at FROM monitor_state WHERE owner = ? AND state_key = ?", LocalDateTime.class, owner, key)
                .stream().findFirst().map(StoreTime::instant);
    }

    /** The key's value; empty if never written (or written empty). */
    public Optional<String> value(String owner, String key) {
        return jdbc.queryForList("SELECT state_value FROM monitor_state WHERE owner = ? AND state_key = ?", String.class, owner, key)
                .stream().filter(v -> v != null).findFirst();
    }

    /** Every key of one owner with the time it was last written. */
    public Map<String, Instant> writtenAt(String owner) {
        Map<String, Instant> out = new HashMap<>();
        jdbc.query("SELECT state_key, updated_at FROM monitor_state WHERE owner = ?",
                rs -> { out.put(rs.getString(1), StoreTime.instant(rs, 2)); }, owner);
        return out;
    }

    /** The earliest write among one owner's keys; empty if it has none. */
    public Optional<Instant> earliest(String owner) {
        return jdbc.queryForList("SELECT MIN(updated_at) FROM monitor_state WHERE owner = ?", LocalDateTime.class, owner)
                .stream().filter(t -> t != null).findFirst().map(StoreTime::instant);
    }

    /**
     * Writes the key. The read with UPDLOCK and HOLDLOCK locks the key on SQL Server whether or not its row exists yet,
     * until commit, so two first writers of one key queue instead of both inserting; H2 ignores the hints, and a writer
     * that loses the insert race there updates the row the other one inserted.
     */
    public void put(String owner, String key, String value, Instant at) {
        LocalDateTime ts = StoreTime.utc(at);
        tx.executeWithoutResult(status -> {
            if (!jdbc.queryForList(LOCKING_READ, String.class, owner, key).isEmpty()) {
                update(owner, key, value, ts);
                return;
            }
            try {
                jdbc.update("INSERT INTO monitor_state (owner, state_key, state_value, updated_at) VALUES (?, ?, ?, ?)", owner, key, value, ts);
            } catch (DuplicateKeyException lostTheRace) {
                update(owner, key, value, ts);
            }
        });
    }

    private void update(String owner, String key, String value, LocalDateTime ts) {
        jdbc.update("UPDATE monitor_state SET state_value = ?, updated_at = ? WHERE owner = ? AND state_key = ?", value, ts, owner, key);
    }
}
