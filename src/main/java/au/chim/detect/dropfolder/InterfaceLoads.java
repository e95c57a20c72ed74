package au.chim.detect.dropfolder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Asks ClickHome's interface tables whether a file's business keys were loaded: a PO by its latest header row
 * (inLoadStatus 0 pending, 9 error, anything else loaded or deliberately ignored), a supplier, contract or approval by
 * its row existing. The answer is what the history shows as evidence.
 */
final class InterfaceLoads {
    /** One key's state in ClickHome: LOADED, PENDING (not there yet) or ERROR, with what ClickHome says. */
    record KeyState(String key, String state, String evidence) {
    }

    private static final int CHUNK = 100;
    private final JdbcTemplate clickhome;

    InterfaceLoads(DataSource clickhome) {
        this.clickhome = new JdbcTemplate(clickhome);
    }

    List<KeyState> states(DropInterface iface, Collection<String> keys) {
        Map<String, KeyState> found = new TreeMap<>();
        List<String> all = new ArrayList<>(keys);
        Collections.sort(all);
        try {
            for (int i = 0; i < all.size(); i += CHUNK) {
                List<String> part = all.subList(i, Math.min(all.size(), i + CHUNK));
                String in = String.join(", ", Collections.nCopies(part.size(), "?"));
                clickhome.query(sql(iface, in), rs -> {
                    String key = rs.getString(1).trim();
                    found.put(key, state(iface, key, rs));
                }, part.toArray());
            }
        } catch (DataAccessException e) {
            throw new CheckUnavailableException("ClickHome unavailable: " + e.getClass().getSimpleName(), e);
        }
        List<KeyState> out = new ArrayList<>();
        for (String k : all) {
            out.add(found.getOrDefault(k, new KeyState(k, "PENDING", "not in ClickHome yet")));
        }
        return out;
    }

    private static String sql(DropInterface iface, String in) {
        return switch (iface) {
            // ascending id: the last row read for a PO number is its latest version
            case PO -> "SELECT sgPONumber, inPOVersion, inLoadStatus, sgErrorCode, dtLoaded FROM dbo.tblIntPOHeaders WHERE sgPONumber IN ("
                    + in + ") ORDER BY idIntPOHeader";
            case PO_ACK -> "SELECT sgApprovalId FROM dbo.tblIntPOApprovals WHERE sgApprovalId IN (" + in + ")";
            case SUPPLIER -> "SELECT sgSupplierCode FROM dbo.tblSuppliers WHERE sgSupplierCode IN (" + in + ")";
            case JOB -> "SELECT sgContractNo FROM dbo.tblContracts WHERE sgContractNo IN (" + in + ")";
        };
    }

    private static KeyState state(DropInterface iface, String key, java.sql.ResultSet rs) throws java.sql.SQLException {
        if (iface != DropInterface.PO) {
            return new KeyState(key, "LOADED", iface.entityType() + " " + key + " is in ClickHome");
        }
        int status = rs.getInt(3);
        String where = "tblIntPOHeaders " + key + " v" + rs.getInt(2) + " inLoadStatus " + status;
        return switch (status) {
            case 0 -> new KeyState(key, "PENDING", where + " (pending)");
            case 9 -> new KeyState(key, "ERROR", where + " (error " + rs.getString(4) + ")");
            default -> new KeyState(key, "LOADED", where + (rs.getObject(5) == null ? "" : " loaded " + rs.getObject(5)));
        };
    }
}
