package au.chim.detect.dropfolder;

import au.chim.store.MonitorState;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link CrossFileState} in the monitor store table {@code monitor_state}, under one owner name. */
public final class JdbcCrossFileState implements CrossFileState {
    public static final String DEFAULT_OWNER = "dropfolder";
    /** monitor_state.state_key is NVARCHAR(400). */
    private static final int KEY_MAX = 400;

    private final MonitorState state;
    private final String owner;
    private final Clock clock;

    public JdbcCrossFileState(DataSource ds, String owner, Clock clock) {
        this.state = new MonitorState(new JdbcTemplate(ds));
        this.owner = owner;
        this.clock = clock;
    }

    public JdbcCrossFileState(DataSource ds) {
        this(ds, DEFAULT_OWNER, Clock.systemUTC());
    }

    @Override
    public Optional<String> get(String key) {
        try {
            return state.value(owner, clip(key));
        } catch (DataAccessException e) {
            throw unavailable(e);
        }
    }

    /** Through {@link MonitorState}: one locking upsert, UTC times, for every owner of monitor_state. */
    @Override
    public void put(String key, String value) {
        try {
            state.put(owner, clip(key), value, clock.instant());
        } catch (DataAccessException e) {
            throw unavailable(e);
        }
    }

    private static String clip(String key) {
        return key.length() <= KEY_MAX ? key : key.substring(0, KEY_MAX);
    }

    private static CheckUnavailableException unavailable(DataAccessException e) {
        SQLException cause = e.getCause() instanceof SQLException sql ? sql : null;
        return new CheckUnavailableException("monitor store unavailable: " + (cause == null ? e.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + " (SQLState " + cause.getSQLState() + ")"), e);
    }
}
