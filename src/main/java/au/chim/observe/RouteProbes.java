package au.chim.observe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.spi.InflightRepository;
import org.apache.camel.support.DefaultExchange;

/**
 * Probes on the monitor itself: every route the configuration declares is running (a routes/ folder the
 * loader did not read starts a monitor with no routes at all, and it must not say UP), and no route has
 * an exchange stuck in flight longer than a threshold (a consumer hung on a frozen server).
 */
public final class RouteProbes {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private RouteProbes() {
    }

    /** The ids of the {@code - route:} entries in routes/*.camel.yaml whose precondition holds. */
    static List<String> declared(CamelContext context, Path routesFolder) throws IOException {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(routesFolder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".camel.yaml")).sorted().toList()) {
                for (JsonNode entry : YAML.readTree(file.toFile())) {
                    JsonNode route = entry.get("route");
                    if (route != null && route.hasNonNull("id") && holds(context, route.path("precondition").asText(null))) {
                        ids.add(route.get("id").asText());
                    }
                }
            }
        }
        return ids;
    }

    private static boolean holds(CamelContext context, String precondition) {
        if (precondition == null || precondition.isBlank()) {
            return true;
        }
        String resolved = context.resolvePropertyPlaceholders(precondition);
        return context.resolveLanguage("simple").createPredicate(resolved).matches(new DefaultExchange(context));
    }

    /** DOWN when a declared route is not started, or when routes/ declares none (nothing would ever be detected). */
    public static Probe declaredRoutesRun(CamelContext context, Path routesFolder) {
        return () -> {
            List<String> ids;
            try {
                ids = declared(context, routesFolder);
            } catch (IOException | RuntimeException e) {
                return Optional.of("cannot read the route definitions in " + routesFolder + ": " + Probes.rootMessage(e));
            }
            if (ids.isEmpty()) {
                return Optional.of("no route definitions found in " + routesFolder + "; the monitor detects and sends nothing");
            }
            TreeSet<String> missing = new TreeSet<>();
            for (String id : ids) {
                if (context.getRouteController().getRouteStatus(id) != ServiceStatus.Started) {
                    missing.add(id);
                }
            }
            return missing.isEmpty() ? Optional.empty()
                    : Optional.of((ids.size() - missing.size()) + " of " + ids.size() + " declared routes run; not running: " + missing);
        };
    }

    /** DOWN while any route holds an exchange in flight longer than the threshold. */
    public static Probe noStuckConsumer(CamelContext context, Duration threshold) {
        return () -> {
            InflightRepository inflight = context.getInflightRepository();
            return inflight.browse().stream()
                    .filter(e -> e.getDuration() > threshold.toMillis())
                    .findFirst()
                    .map(e -> "route " + e.getFromRouteId() + " has been busy with one exchange for " + e.getDuration() / 1000
                            + " s (longer than " + threshold + "); its consumer is stuck at " + e.getNodeId());
        };
    }
}
