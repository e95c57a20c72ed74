package au.chim.store;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Drops a pooled connection as soon as it reports that its link to the server is gone. Hikari
 * knows SQL Server's codes but not every driver's; without this a connection broken by an outage
 * can be handed out again and again after the server is back.
 */
public class EvictBrokenConnections implements SQLExceptionOverride {
    private final java.util.function.Consumer<SQLException> inspector;

    public EvictBrokenConnections() {
        this(e -> { });
    }

    /** @param inspector sees every error first (the store's {@link StoreGuard} trips on a closed or full store) */
    public EvictBrokenConnections(java.util.function.Consumer<SQLException> inspector) {
        this.inspector = inspector;
    }

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        inspector.accept(e);
        boolean broken = e instanceof SQLNonTransientConnectionException || e instanceof SQLTransientConnectionException
                || (e.getSQLState() != null && e.getSQLState().startsWith("08"));
        return broken ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
