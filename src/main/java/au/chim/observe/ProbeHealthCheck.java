package au.chim.observe;

import java.util.Map;
import java.util.Optional;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/** A {@link Probe} as a Camel readiness check: DOWN with the probe's reason as message and "reason" detail. */
public final class ProbeHealthCheck extends AbstractHealthCheck {
    static final String GROUP = "monitor";
    private final Probe probe;
    private final String target;

    /** @param target what is probed, shown to the operator (a host:port or folder, never a password) */
    public ProbeHealthCheck(String id, String target, Probe probe) {
        super(GROUP, id);
        this.probe = probe;
        this.target = target;
    }

    @Override
    public boolean isLiveness() {
        // An unreachable mail server must not make an orchestrator restart the monitor; restarting fixes nothing.
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("target", target);
        Optional<String> problem;
        try {
            problem = probe.problem();
        } catch (RuntimeException e) {
            problem = Optional.of("probe failed: " + Probes.rootMessage(e));
        }
        if (problem.isPresent()) {
            builder.detail("reason", problem.get()).message(problem.get()).down();
        } else {
            builder.up();
        }
    }
}
