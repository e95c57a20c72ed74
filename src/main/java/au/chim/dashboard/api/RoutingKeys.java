package au.chim.dashboard.api;

import au.chim.routing.Party;
import au.chim.routing.RouteNode;
import au.chim.routing.RoutingConfig;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The context keys routing.yaml can look at, and a quick read of just those from an issue's context JSON. */
final class RoutingKeys {
    private RoutingKeys() {
    }

    static List<String> of(RoutingConfig config) {
        Set<String> keys = new LinkedHashSet<>();
        collect(config.root(), keys);
        for (Party p : config.parties().values()) {
            if (p.contextEmailKey() != null) {
                keys.add(p.contextEmailKey());
            }
        }
        keys.remove("entityType"); // a column, not a context key
        return List.copyOf(keys);
    }

    private static void collect(RouteNode node, Set<String> keys) {
        keys.addAll(node.match().attributes().keySet());
        node.children().forEach(c -> collect(c, keys));
    }

    /**
     * The values of {@code keys} in Jackson-written {@code {"k":"v",...}} JSON, or null when a value has an escape
     * (the caller then parses the JSON properly).
     */
    static Map<String, String> values(String json, List<String> keys) {
        Map<String, String> out = new HashMap<>();
        if (json == null) {
            return out;
        }
        for (String k : keys) {
            String marker = "\"" + k + "\":\"";
            int at = json.indexOf(marker);
            if (at < 0) {
                continue;
            }
            int from = at + marker.length();
            int end = json.indexOf('"', from);
            if (end < 0) {
                return null;
            }
            String v = json.substring(from, end);
            if (v.indexOf('\\') >= 0) {
                return null;
            }
            out.put(k, v);
        }
        return out;
    }
}
