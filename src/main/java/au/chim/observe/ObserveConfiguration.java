package au.chim.observe;

import au.chim.AppHome;
import au.chim.config.Settings;
import au.chim.detect.clickhome.ClickHomeChecks;
import au.chim.detect.clickhome.ClickHomeConnectivity;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.Registry;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Health checks for what the monitor depends on and its own Prometheus series. Runs after
 * MonitorConfiguration (it needs the store, the checks and the connectivity state bound there).
 */
public class ObserveConfiguration implements CamelConfiguration {
    /** Name camel-micrometer-prometheus looks the registry up by; bound here so both use the same one. */
    static final String METRICS_REGISTRY = "metricsRegistry";

    @Override
    public void configure(CamelContext context) throws Exception {
        Settings s = new Settings(context);
        Registry registry = context.getRegistry();
        int timeoutMs = s.integer("monitor.observe.probe-timeout-ms", 2000, 100);
        for (HealthCheck check : checks(context, s, registry, timeoutMs)) {
            registry.bind("health-" + check.getId(), check);
            HealthCheckRegistry health = HealthCheckRegistry.get(context);
            if (health != null) {
                health.register(check);
            }
        }

        MeterRegistry meters = registry.lookupByNameAndType(METRICS_REGISTRY, MeterRegistry.class);
        if (meters == null) {
            meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            registry.bind(METRICS_REGISTRY, meters);
        }
        JdbcTemplate store = new JdbcTemplate(registry.lookupByNameAndType("storeDataSource", DataSource.class));
        store.setQueryTimeout(Math.max(1, timeoutMs / 1000));
        ClickHomeChecks checks = registry.lookupByNameAndType("clickhomeChecks", ClickHomeChecks.class);
        MonitorMetrics metrics = new MonitorMetrics(meters, store, checks::status);
        registry.bind("monitorMetrics", metrics);
        context.addService(new MetricsRefresher(context, metrics, s.duration("monitor.observe.metrics-refresh", "15s")));
    }

    private static List<HealthCheck> checks(CamelContext context, Settings s, Registry registry, int timeoutMs) {
        List<HealthCheck> out = new java.util.ArrayList<>();
        ClickHomeConnectivity clickhome = registry.lookupByNameAndType("clickhomeConnectivity", ClickHomeConnectivity.class);
        out.add(new ProbeHealthCheck("clickhome-db", "ClickHome database", Probes.clickhome(clickhome::isReachable)));
        au.chim.store.StoreGuard guard = registry.lookupByNameAndType("storeGuard", au.chim.store.StoreGuard.class);
        Probe store = Probes.store(registry.lookupByNameAndType("storeDataSource", DataSource.class), Math.max(1, timeoutMs / 1000), guard,
                registry.lookupByNameAndType("clock", java.time.Clock.class));
        out.add(new ProbeHealthCheck("monitor-store", guard.store(), store));
        registry.bind("storeAlarm", new au.chim.notify.StoreAlarm(store::problem, registry.lookupByNameAndType("partyRouter",
                au.chim.routing.PartyRouter.class), s.string("monitor.mail.from"), guard.store()));
        java.nio.file.Path routes = AppHome.resolve("routes");
        out.add(new ProbeHealthCheck("routes", routes.toString(), RouteProbes.declaredRoutesRun(context, routes)));
        out.add(new ProbeHealthCheck("stuck-consumers", "exchanges in flight",
                RouteProbes.noStuckConsumer(context, s.duration("monitor.observe.stuck-after", "10m"))));
        String smtp = s.string("monitor.smtp.host") + ":" + s.integer("monitor.smtp.port", 25, 1);
        Probe relayConnects = Probes.tcp("SMTP server", s.string("monitor.smtp.host"), s.integer("monitor.smtp.port", 25, 1), timeoutMs);
        au.chim.notify.SmtpOutage outage = registry.lookupByNameAndType("smtpOutage", au.chim.notify.SmtpOutage.class);
        // A relay that accepts the TCP connection but refuses every email (login, TLS, relay denied) is DOWN too.
        out.add(new ProbeHealthCheck("smtp", smtp, () -> relayConnects.problem().or(outage::problem)));
        if (s.flag("monitor.detect.bounces.enabled", false)) {
            String host = s.string("monitor.detect.bounces.host");
            int port = s.integer("monitor.detect.bounces.port", 993, 1);
            out.add(new ProbeHealthCheck("imap", host + ":" + port, Probes.tcp("IMAP server", host, port, timeoutMs)));
        }
        if (s.flag("monitor.dropfolders.enabled", true)) {
            for (String iface : dropFolderInterfaces(context)) {
                if (s.flag("monitor.dropfolders." + iface + ".enabled", true)) {
                    Path folder = AppHome.resolve(s.string("monitor.dropfolders." + iface + ".folder"));
                    out.add(new ProbeHealthCheck("dropfolder-" + iface, folder.toString(), Probes.folder(folder)));
                }
            }
        }
        return out;
    }

    /** The interfaces with a monitor.dropfolders.&lt;iface&gt;.folder key, whichever file or override sets it. */
    static TreeSet<String> dropFolderInterfaces(CamelContext context) {
        String prefix = "monitor.dropfolders.";
        String suffix = ".folder";
        Properties keys = context.getPropertiesComponent().loadProperties(k -> k.startsWith(prefix) && k.endsWith(suffix));
        TreeSet<String> out = new TreeSet<>();
        for (String k : keys.stringPropertyNames()) {
            String iface = k.substring(prefix.length(), k.length() - suffix.length());
            if (!iface.isEmpty() && !iface.contains(".")) {
                out.add(iface);
            }
        }
        return out;
    }
}
