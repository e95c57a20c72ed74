package au.chim.detect.clickhome;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.FindingSnapshot;
import au.chim.finding.Severity;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;

/**
 * The one finding that explains every silent check while ClickHome's database cannot be reached,
 * and its resolution when it can again.
 */
public class ClickHomeConnectivity {
    static final String SCOPE = "check:clickhome-connectivity";
    private final String server;
    private volatile boolean reachable = true;

    /** @param server where the monitor looks for ClickHome, shown to IT (the JDBC URL without credentials) */
    public ClickHomeConnectivity(String server) {
        this.server = server;
    }

    public FindingSnapshot up() {
        reachable = true;
        return new FindingSnapshot(SCOPE, List.of());
    }

    /** False from a failed ping until the next good one: the checks then stay idle instead of queueing on a dead server. */
    public boolean isReachable() {
        return reachable;
    }

    public FindingSnapshot down(@ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception error) {
        reachable = false;
        String cause = error == null ? "unknown" : ClickHomeChecks.rootMessage(error);
        return new FindingSnapshot(SCOPE, List.of(Finding.builder("CLICKHOME_DB_UNREACHABLE", Category.ENVIRONMENT, Severity.CRITICAL)
                .entity("database", "clickhome")
                .summary("The ClickHome database cannot be reached; no integration checks are running")
                .detail("Server: " + server + "\nError: " + cause)
                .evidence(cause)
                .suggestedAction("Check the SQL Server service, the network path and the monitor's login (read-only) on the ClickHome server.")
                .source("detect-clickhome-connectivity")
                .build()));
    }
}
