package au.chim.notify.act;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The installation's secret for action links: made at random on first start and kept in the monitor's own
 * store (monitor_state), so every installation has its own and no secret is ever in the repository or config.
 * Links stay valid across restarts; deleting the row invalidates every link sent so far.
 */
public final class ActSecret {
    static final String OWNER = "act-links";
    static final String KEY = "hmac-secret";

    private ActSecret() {
    }

    public static byte[] loadOrCreate(JdbcTemplate jdbc, Instant now) {
        List<String> found = read(jdbc);
        if (found.isEmpty()) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try {
                jdbc.update("INSERT INTO monitor_state (owner, state_key, state_value, updated_at) VALUES (?, ?, ?, ?)",
                        OWNER, KEY, Base64.getEncoder().encodeToString(fresh), au.chim.store.StoreTime.utc(now));
            } catch (DuplicateKeyException raced) {
                // another instance on the same store made it first: use theirs
            }
            found = read(jdbc);
        }
        return Base64.getDecoder().decode(found.get(0));
    }

    private static List<String> read(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT state_value FROM monitor_state WHERE owner = ? AND state_key = ?", String.class, OWNER, KEY);
    }
}
