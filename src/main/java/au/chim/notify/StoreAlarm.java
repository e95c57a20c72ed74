package au.chim.notify;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.Severity;
import au.chim.routing.Delivery;
import au.chim.routing.PartyRouter;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the monitor store cannot be written (read-only, full, closed), the register, the outbox and every
 * alert live in that store: nothing would tell anyone. This is the channel that still works: one plain
 * CRITICAL email straight to the SMTP relay for the people the routing matrix gives a MONITOR_STORE_FAILED
 * finding (client IT), once per failure, plus an ERROR log naming the store and the cause.
 */
public class StoreAlarm {
    private static final Logger LOG = LoggerFactory.getLogger(StoreAlarm.class);
    private final Supplier<Optional<String>> storeProblem;
    private final PartyRouter router;
    private final String from;
    private final String store;
    private volatile boolean raised;

    /** @param storeProblem the store health probe: why the store cannot be written, or empty */
    public StoreAlarm(Supplier<Optional<String>> storeProblem, PartyRouter router, String from, String store) {
        this.storeProblem = storeProblem;
        this.router = router;
        this.from = from;
        this.store = store;
    }

    /** Sets the email on the exchange and returns true the first time the store is found failing; false otherwise. */
    public boolean check(Exchange exchange) {
        Optional<String> problem = storeProblem.get();
        if (problem.isEmpty()) {
            if (raised) {
                LOG.info("monitor store {} can be written again", store);
            }
            raised = false;
            return false;
        }
        if (raised) {
            return false;
        }
        raised = true;
        Finding f = finding(problem.get());
        String to = router.route(f).stream().map(Delivery::email).distinct().collect(Collectors.joining(","));
        LOG.error("CRITICAL {}: {} (emailing {} directly, the outbox is in that store)", f.code(), problem.get(), to);
        exchange.getMessage().setHeader("From", from);
        exchange.getMessage().setHeader("To", to);
        exchange.getMessage().setHeader("Subject", "[CRITICAL] " + f.summary());
        exchange.getMessage().setBody(f.summary() + "\n\n" + f.detail() + "\n\nWhat to do: " + f.suggestedAction()
                + "\n\nThis email was sent directly, not through the outbox: until the store is fixed the monitor records and sends nothing else.\n");
        return !to.isEmpty();
    }

    Finding finding(String problem) {
        return Finding.builder("MONITOR_STORE_FAILED", Category.MONITOR_SELF, Severity.CRITICAL)
                .entity("store", store)
                .summary("The monitor's own store cannot be written; no issue is recorded and no alert is sent")
                .detail("Store: " + store + "\nCause: " + problem)
                .evidence(problem)
                .suggestedAction("Free disk space or make the store writable (file permissions, SQL Server database state, "
                        + "the monitor's login), then restart the monitor; it carries on from what was committed.")
                .source("notify-store-failure")
                .build();
    }
}
