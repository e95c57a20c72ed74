package au.chim.dashboard;

import java.io.PrintStream;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;

/**
 * The whole dashboard wiring for camel-main: {@code main.addMainListener(new DashboardMainListener())}.
 * Before camel-main configures its HTTP server it loads the users (failing the start when there are none outside
 * the demo), binds {@link SecuredHttpServerFactory} so /api and /observe need a login, and adds
 * {@link HawtioServer} as a service when {@code monitor.dashboard.enabled} is true.
 */
public final class DashboardMainListener extends MainListenerSupport {
    /** Registry name of the secured HTTP server factory camel-main picks up by type. */
    public static final String FACTORY_BEAN = "dashboardHttpServerFactory";
    private final PrintStream out;
    private HawtioServer hawtio;

    public DashboardMainListener() {
        this(System.out);
    }

    /** {@code out} receives the demo login line. */
    public DashboardMainListener(PrintStream out) {
        this.out = out;
    }

    @Override
    public void beforeConfigure(BaseMainSupport main) {
        CamelContext context = main.getCamelContext();
        DashboardSettings settings = DashboardSettings.from(
                key -> context.getPropertiesComponent().resolveProperty(key).orElse(null));
        UserStore users = UserStore.forStartup(settings.usersFile(), settings.demo(), settings.demoPassword(), out);
        context.getRegistry().bind(FACTORY_BEAN,
                new SecuredHttpServerFactory(users, settings.accessPolicy(), settings.realm()));
        if (settings.hawtioEnabled()) {
            hawtio = new HawtioServer(settings.hawtio(), users);
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
