package au.chim.dashboard;

import au.chim.dashboard.workview.WorkViewPlugin;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole dashboard wiring for camel-main: {@code camel.main.main-listener-classes =
 * au.chim.dashboard.DashboardMainListener} or {@code main.addMainListener(new DashboardMainListener())}.
 * Once camel-main has configured the context (and created its HTTP servers) but before it starts, it loads the
 * users (failing the start when there are none outside the demo), secures /api and /observe with
 * {@link PlatformHttpSecurity}, and adds {@link HawtioServer} as a service when {@code monitor.dashboard.enabled}.
 */
public final class DashboardMainListener extends MainListenerSupport {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardMainListener.class);
    private final PrintStream out;
    private final Clock clock;
    private HawtioServer hawtio;

    public DashboardMainListener() {
        this(System.out, Clock.systemUTC());
    }

    /** {@code out} receives the demo login line; {@code clock} times the log-in throttle (tests move it). */
    public DashboardMainListener(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    // afterConfigure, not beforeConfigure: a listener named in camel.main.main-listener-classes is created during
    // configuration and only receives the callbacks from afterConfigure on.
    @Override
    public void afterConfigure(BaseMainSupport main) {
        CamelContext context = main.getCamelContext();
        DashboardSettings settings = DashboardSettings.from(
                key -> context.getPropertiesComponent().resolveProperty(key).orElse(null));
        UserStore users = UserStore.forStartup(settings.usersFile(), settings.demo(), settings.demoPassword(), out);
        SecuritySettings security = settings.security();
        // One throttle for both ports: guesses on one count against the other.
        // The monitor's clock when one is bound (tests move it), so throttle waits pass without sleeping.
        Clock monitorClock = context.getRegistry().lookupByNameAndType("clock", Clock.class);
        Logins logins = new Logins(users, security.throttle(monitorClock != null ? monitorClock : clock));
        // Found by type by Camel's REST binding (camel.rest.client-request-validation = true).
        context.getRegistry().bind("jsonBodyValidator", new au.chim.dashboard.api.JsonBodyValidator());
        int secured = PlatformHttpSecurity.secure(context, logins, settings.accessPolicy(), settings.realm(), security);
        LOG.info("Dashboard login required on {} HTTP server(s); {} user(s)", secured, users.userNames().size());
        // The work view's API resolves "mine" from the users file.
        context.getRegistry().bind("dashboardUsers", users);
        if (settings.hawtioEnabled()) {
            hawtio = new HawtioServer(settings.hawtio(), logins, security, new WorkViewPlugin(context, users::partiesOf));
            try {
                context.addService(hawtio);
            } catch (Exception e) {
                throw new DashboardConfigException("Cannot add the Hawtio console: " + e.getMessage(), e);
            }
        }
    }

    /** The console once configured (empty when monitor.dashboard.enabled=false or before start). */
    public Optional<HawtioServer> hawtio() {
        return Optional.ofNullable(hawtio);
    }
}
