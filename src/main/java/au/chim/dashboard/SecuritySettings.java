package au.chim.dashboard;

import au.chim.AppHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code monitor.dashboard.*} keys about attacks rather than layout: origins, log-in throttling, extra Jolokia
 * operations, TLS. Read once at start; a bad value names its key.
 *
 * @param tls empty keystore path = plain HTTP on both ports
 */
public record SecuritySettings(List<String> allowedOrigins, boolean requireOrigin, int freeFailures,
        Duration firstDelay, Duration maxDelay, List<JolokiaAccess.AllowedOperation> jolokiaOperations, Tls tls) {
    private static final String P = DashboardSettings.PREFIX;

    /** A keystore (PKCS12 or JKS) holding the server's key and certificate chain, for both ports. */
    public record Tls(Path keystore, String password, String type) {
        public boolean enabled() {
            return keystore != null;
        }
    }

    static SecuritySettings from(Function<String, String> get) {
        String keystore = get.apply(P + "tls.keystore");
        Tls tls = new Tls(null, null, null);
        if (keystore != null && !keystore.isEmpty()) {
            Path ks = AppHome.resolve(keystore);
            if (!Files.isReadable(ks)) {
                throw new DashboardConfigException(P + "tls.keystore: cannot read " + ks);
            }
            String password = get.apply(P + "tls.keystore-password");
            if (password == null || password.isEmpty()) {
                throw new DashboardConfigException(P + "tls.keystore-password is needed with " + P + "tls.keystore");
            }
            tls = new Tls(ks, password, or(get.apply(P + "tls.keystore-type"), "PKCS12"));
        }
        return new SecuritySettings(list(get.apply(P + "allowed-origins")),
                bool(P + "require-origin", or(get.apply(P + "require-origin"), "false")),
                number(P + "login.free-failures", or(get.apply(P + "login.free-failures"), "5")),
                duration(P + "login.first-delay", or(get.apply(P + "login.first-delay"), "1s")),
                duration(P + "login.max-delay", or(get.apply(P + "login.max-delay"), "15m")),
                list(get.apply(P + "jolokia.allow-operations")).stream().map(JolokiaAccess.AllowedOperation::parse).toList(),
                tls);
    }

    public RequestRules requestRules() {
        return new RequestRules(new SameOrigin(allowedOrigins, requireOrigin));
    }

    public LoginThrottle throttle(Clock clock) {
        return new LoginThrottle(clock, freeFailures, firstDelay, maxDelay);
    }

    public JolokiaAccess jolokiaAccess() {
        return new JolokiaAccess(jolokiaOperations);
    }

    private static List<String> list(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String or(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }

    static boolean bool(String key, String value) {
        if ("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) {
            return Boolean.parseBoolean(value);
        }
        throw new DashboardConfigException(key + " must be true or false (was " + value + ")");
    }

    private static int number(String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new DashboardConfigException(key + " must be a whole number (was " + value + ")");
        }
    }

    /** 500ms, 30s, 15m, 2h, or an ISO-8601 duration such as PT15M. */
    static Duration duration(String key, String value) {
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (v.startsWith("pt")) {
                return Duration.parse(v.toUpperCase(java.util.Locale.ROOT));
            }
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            long n = Long.parseLong(v.substring(0, v.length() - 1));
            switch (v.charAt(v.length() - 1)) {
                case 's': return Duration.ofSeconds(n);
                case 'm': return Duration.ofMinutes(n);
                case 'h': return Duration.ofHours(n);
                default: break;
            }
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            // fall through to the message below
        }
        throw new DashboardConfigException(key + " must be a duration like 500ms, 30s, 15m or 2h (was " + value + ")");
    }
}
