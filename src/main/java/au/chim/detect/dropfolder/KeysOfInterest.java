package au.chim.detect.dropfolder;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The business keys of an interface whose clean rows in a file mean something: keys with an open issue (a clean file
 * resolves it) and keys a quarantined file waits for (a file passing for them carries its data). Bounded by the open
 * issues, not by the file.
 */
@FunctionalInterface
public interface KeysOfInterest {
    Set<String> of(DropInterface iface);

    /** From the monitor store: the open issues' key scopes ({@code dropfolder:PO:<key>}) and the waiting rejected files' keys. */
    static KeysOfInterest inStore(DataSource store, RejectedFiles rejected) {
        JdbcTemplate jdbc = new JdbcTemplate(store);
        return iface -> {
            String prefix = DropFileValidator.keyScope(iface, "");
            try {
                List<String> scopes = jdbc.queryForList("SELECT DISTINCT scope FROM monitor_issue WHERE scope LIKE ? ESCAPE '\\' AND status <> 'RESOLVED'",
                        String.class, prefix.replace("_", "\\_") + "%");
                Set<String> keys = new HashSet<>();
                scopes.forEach(s -> keys.add(s.substring(prefix.length())));
                rejected.waitingKeys(iface).values().forEach(keys::addAll);
                return keys;
            } catch (DataAccessException e) {
                throw new CheckUnavailableException("monitor store unavailable: " + e.getClass().getSimpleName(), e);
            }
        };
    }
}
