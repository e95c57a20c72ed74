package au.chim.notify;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.FindingSnapshot;
import au.chim.finding.Severity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The SMTP relay refusing every email for longer than a threshold is a problem for IT, not just a gauge:
 * one CRITICAL finding while it lasts (in the register, the API, Hawtio and health; its own email waits in
 * the outbox with the rest and goes out when the relay is back), resolved by the first accepted email.
 */
public class SmtpOutage {
    static final String SCOPE = "monitor:smtp-relay";
    private final Outbox outbox;
    private final String relay;
    private final Duration threshold;
    private final Clock clock;

    /** @param relay host:port of the relay, shown to IT */
    public SmtpOutage(Outbox outbox, String relay, Duration threshold, Clock clock) {
        this.outbox = outbox;
        this.relay = relay;
        this.threshold = threshold;
        this.clock = clock;
    }

    /** Why the relay counts as down now; empty while it accepts mail or has failed for less than the threshold. */
    public Optional<String> problem() {
        Instant now = clock.instant();
        return outbox.failing()
                .filter(f -> !f.since().plus(threshold).isAfter(now))
                .map(f -> "the SMTP relay " + relay + " has refused every email since " + f.since() + " ("
                        + Duration.between(f.since(), now).toSeconds() + " s, threshold " + threshold + "): " + f.lastError());
    }

    /** The snapshot for the register: the outage finding, or none (which resolves it). */
    public FindingSnapshot snapshot() {
        return new FindingSnapshot(SCOPE, problem().map(reason -> List.of(Finding.builder("SMTP_RELAY_DOWN", Category.MONITOR_SELF, Severity.CRITICAL)
                .entity("server", relay)
                .summary("The SMTP relay " + relay + " refuses the monitor's emails; no alert or digest is being delivered")
                .detail(reason)
                .evidence(reason)
                .suggestedAction("Check the relay (service, credentials, TLS, the monitor host allowed to relay). "
                        + "Queued emails are kept in the outbox and sent once it accepts mail again.")
                .source("detect-smtp-outage")
                .build())).orElse(List.of()));
    }
}
