package au.chim.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The small key/value memory the stages keep in {@code monitor_state} (when a recipient was last
 * emailed, when a digest slot was written, when an issue was last reminded), so it survives restarts.
 */
public class MonitorState {
    private final JdbcTemplate jdbc;

    public MonitorState(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** When the key was last written; empty if never. */
    public Optional<Instant> writtenAt(String owner, String key) {
        return jdbc.queryForList("SELECT updated_at FROM monitor_state WHERE owner = ? AND state_key = ?", Timestamp.class, owner, key)
                .stream().findFirst().map(Timestamp::toInstant);
    }

    /** Every key of one owner with the time it was last written. */
    public Map<String, Instant> writtenAt(String owner) {
        Map<String, Instant> out = new HashMap<>();
        jdbc.query("SELECT state_key, updated_at FROM monitor_state WHERE owner = ?",
                rs -> { out.put(rs.getString(1), rs.getTimestamp(2).toInstant()); }, owner);
        return out;
    }

    /** The earliest write among one owner's keys; empty if it has none. */
    public Optional<Instant> earliest(String owner) {
        return jdbc.queryForList("SELECT MIN(updated_at) FROM monitor_state WHERE owner = ?", Timestamp.class, owner)
                .stream().filter(t -> t != null).findFirst().map(Timestamp::toInstant);
    }

    public void put(String owner, String key, String value, Instant at) {
        Timestamp ts = Timestamp.from(at);
        if (jdbc.update("UPDATE monitor_state SET state_value = ?, updated_at = ? WHERE owner = ? AND state_key = ?", value, ts, owner, key) == 0) {
            jdbc.update("INSERT INTO monitor_state (owner, state_key, state_value, updated_at) VALUES (?, ?, ?, ?)", owner, key, value, ts);
        }
    }
}
