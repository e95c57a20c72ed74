package au.chim;

import au.chim.config.Settings;
import au.chim.routing.PartyRouter;
import au.chim.routing.Recipient;
import java.util.stream.Collectors;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;

/** Prints, once the demo is up, what to open and how to log in: the two URLs and the mailboxes. */
final class DemoBanner extends MainListenerSupport {

    @Override
    public void afterStart(BaseMainSupport main) {
        Settings s = new Settings(main.getCamelContext());
        if (!s.flag("monitor.demo.enabled", false)) {
            return;
        }
        PartyRouter router = main.getCamelContext().getRegistry().lookupByNameAndType("partyRouter", PartyRouter.class);
        String recipients = router.config().recipients().values().stream().map(Recipient::email).collect(Collectors.joining(", "));
        String password = s.string("monitor.dashboard.demo-password", "(printed above)");
        // both ports serve TLS when a keystore is set: print the scheme a browser must use
        String scheme = s.string("monitor.dashboard.tls.keystore", "").isBlank() ? "http://" : "https://";
        String http = scheme + s.string("camel.server.host", "127.0.0.1") + ":" + s.string("camel.server.port", "8080");
        System.out.println(String.join(System.lineSeparator(),
                "",
                "================ ClickHome Integration Monitor: demo ================",
                " Work view         " + scheme + s.string("monitor.dashboard.host", "127.0.0.1") + ":" + s.string("monitor.dashboard.port", "8090")
                        + s.string("monitor.dashboard.context-path", "/hawtio") + "/integration-issues   login admin / " + password + " (read-only: viewer / " + password + ")",
                " REST API          " + http + "/api/issues   (same login, HTTP Basic)",
                " Health, metrics   " + http + "/observe/health   " + http + "/observe/metrics",
                " Mailboxes (IMAP)  127.0.0.1:" + s.string("monitor.demo.imap-port", "3143") + "   user and password = the address",
                " Recipients        " + recipients,
                " Drop folders      " + AppHome.resolve(s.string("monitor.demo.drop-root", "work/dropfolders")),
                " A new failure is simulated every " + s.string("monitor.demo.simulator-interval", "60s") + "; Ctrl+C stops the monitor.",
                "=====================================================================",
                ""));
    }
}
