package au.chim.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Connection pools for ClickHome and the monitor store, and the store's Flyway migrations. */
public final class Databases {
    private Databases() {
    }

    /**
     * A pool that does not fail at start when the server is down: the monitor must come up and
     * report "ClickHome unreachable" rather than refuse to start.
     */
    public static HikariDataSource pool(String name, String url, String user, String password, boolean readOnly, int maxSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(url);
        if (user != null && !user.isBlank()) {
            config.setUsername(user);
        }
        if (password != null && !password.isBlank()) {
            config.setPassword(password);
        }
        config.setReadOnly(readOnly);
        config.setExceptionOverride(new EvictBrokenConnections());
        config.setMaximumPoolSize(maxSize);
        config.setMinimumIdle(0);
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(5_000);
        config.setValidationTimeout(3_000);
        return new HikariDataSource(config);
    }

    /** Creates or upgrades the monitor store; the same migrations run on SQL Server and on H2. */
    public static void migrate(DataSource store) {
        Flyway.configure()
                .dataSource(store)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
