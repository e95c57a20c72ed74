package au.chim.observe;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Refreshes {@link MonitorMetrics} on a timer while the CamelContext runs. */
final class MetricsRefresher extends ServiceSupport {
    private static final Logger LOG = LoggerFactory.getLogger(MetricsRefresher.class);
    private final CamelContext context;
    private final MonitorMetrics metrics;
    private final Duration every;
    private ScheduledExecutorService executor;
    private volatile String lastProblem;

    MetricsRefresher(CamelContext context, MonitorMetrics metrics, Duration every) {
        this.context = context;
        this.metrics = metrics;
        this.every = every;
    }

    @Override
    protected void doStart() {
        executor = context.getExecutorServiceManager().newSingleThreadScheduledExecutor(this, "monitor-metrics");
        executor.scheduleWithFixedDelay(this::refresh, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void refresh() {
        try {
            metrics.refresh();
            lastProblem = null;
        } catch (RuntimeException e) {
            // The store's health check reports the outage; log each distinct cause once, keep the last values.
            String problem = Probes.rootMessage(e);
            if (!problem.equals(lastProblem)) {
                LOG.warn("metrics refresh failed: {}", problem);
            }
            lastProblem = problem;
        }
    }

    @Override
    protected void doStop() {
        if (executor != null) {
            context.getExecutorServiceManager().shutdown(executor);
            executor = null;
        }
    }
}
