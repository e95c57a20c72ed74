package au.chim.dashboard;

import au.chim.AppHome;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code monitor.dashboard.*} keys, read and checked once at start. Relative paths are resolved against
 * {@link AppHome}.
 */
public record DashboardSettings(boolean hawtioEnabled, HawtioSettings hawtio, Path usersFile, boolean demo,
        String demoPassword, AccessPolicy accessPolicy, SecuritySettings security) {
    public static final String PREFIX = "monitor.dashboard.";

    /** Reads the settings through {@code lookup} (key to value, null when unset); bad values name the key. */
    public static DashboardSettings from(Function<String, String> lookup) {
        Function<String, String> get = k -> {
            String v = lookup.apply(k);
            return v == null ? null : v.strip();
        };
        String realm = or(get.apply(PREFIX + "realm"), "monitor");
        HawtioSettings hawtio = new HawtioSettings(
                or(get.apply(PREFIX + "host"), "127.0.0.1"),
                port(or(get.apply(PREFIX + "port"), "8090")),
                or(get.apply(PREFIX + "context-path"), "/hawtio"),
                AppHome.resolve(or(get.apply(PREFIX + "war"), "target/hawtio/webapp")),
                AppHome.resolve(or(get.apply(PREFIX + "work-dir"), "work/hawtio")),
                realm);
        List<String> open = Arrays.stream(or(get.apply(PREFIX + "open-paths"), "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String p : open) {
            if (!p.startsWith("/")) {
                throw new DashboardConfigException(PREFIX + "open-paths entries must start with / (was " + p + ")");
            }
        }
        String jolokiaPath = or(get.apply("camel.management.jolokia-path"),
                or(get.apply("camel.management.jolokiaPath"), "/observe/jolokia"));
        return new DashboardSettings(
                bool(PREFIX + "enabled", or(get.apply(PREFIX + "enabled"), "true")),
                hawtio,
                AppHome.resolve(or(get.apply(PREFIX + "users-file"), "config/users.properties")),
                bool(PREFIX + "demo", or(get.apply(PREFIX + "demo"), "false")) && demoOnEmbeddedData(get),
                get.apply(PREFIX + "demo-password"),
                new AccessPolicy(jolokiaPath, open),
                SecuritySettings.from(get));
    }

    /**
     * The demo login is only for the demo on its own embedded database: with demo data off or a real ClickHome
     * database configured, monitor.dashboard.demo is ignored and a users file is required.
     */
    private static boolean demoOnEmbeddedData(Function<String, String> get) {
        String url = or(get.apply("monitor.clickhome.url"), "jdbc:h2:mem:");
        return "true".equalsIgnoreCase(get.apply("monitor.demo.enabled")) && url.startsWith("jdbc:h2:mem:");
    }

    /** The login realm shared by Hawtio and the HTTP Basic challenge. */
    public String realm() {
        return hawtio.realm();
    }

    private static String or(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static boolean bool(String key, String value) {
        return SecuritySettings.bool(key, value);
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new DashboardConfigException(PREFIX + "port must be a number (was " + value + ")");
        }
    }
}
