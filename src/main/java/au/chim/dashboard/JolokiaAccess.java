package au.chim.dashboard;

import au.chim.finding.Text;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * Which Jolokia requests a person may send, on top of the floor in jolokia-access.xml. Everyone may read, search
 * and list, and run operations whose name says they only report (dump..., get..., list..., is...), because
 * Hawtio's Camel views fetch statistics and route XML that way. Admins may also run the monitor's own operations
 * (domain au.chim.monitor) and those listed in {@code monitor.dashboard.jolokia.allow-operations}. Everything
 * else (Camel's sendBody, route stop, addOrUpdateRoutesFromXml, createEndpoint, gc, setLoggerLevel...) is refused.
 * GET may only read: an exec in a URL would escape the same-origin check that POST gets.
 */
public final class JolokiaAccess {
    static final String READ_ONLY = "forbidden: this user may only look";
    private static final Set<String> READ_TYPES = Set.of("read", "list", "search", "version");
    private static final List<String> REPORTING_PREFIXES =
            List.of("dump", "get", "list", "is", "has", "can", "query", "find", "count", "explain");
    // Names that start like a report but change the system or write files.
    private static final Set<String> DENIED_OPERATIONS = Set.of("dumpheap");
    private static final String MONITOR_DOMAIN = "au.chim.monitor";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<AllowedOperation> allowed;

    /** One {@code mbean-pattern#operation} entry of monitor.dashboard.jolokia.allow-operations. */
    record AllowedOperation(ObjectName pattern, String operation) {
        static AllowedOperation parse(String entry) {
            int hash = entry.lastIndexOf('#');
            if (hash <= 0 || hash == entry.length() - 1) {
                throw new DashboardConfigException(DashboardSettings.PREFIX + "jolokia.allow-operations entries are "
                        + "'mbean-pattern#operation', e.g. org.apache.camel:type=routes,*#stop (was " + entry + ")");
            }
            try {
                return new AllowedOperation(new ObjectName(entry.substring(0, hash).strip()), entry.substring(hash + 1).strip());
            } catch (MalformedObjectNameException e) {
                throw new DashboardConfigException(DashboardSettings.PREFIX + "jolokia.allow-operations: '"
                        + entry.substring(0, hash) + "' is not an MBean name or pattern");
            }
        }
    }

    public JolokiaAccess(List<AllowedOperation> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /** The policy without extra operations. */
    public static JolokiaAccess defaults() {
        return new JolokiaAccess(List.of());
    }

    /** Why this POST body (one Jolokia request object or a bulk array) is refused, or null when it may run. */
    public String refusePost(boolean admin, byte[] body) {
        List<JsonNode> requests;
        try {
            requests = requests(body);
        } catch (IOException e) {
            return "the Jolokia request is not valid JSON";
        }
        if (requests.isEmpty()) {
            return "the Jolokia request is empty";
        }
        for (JsonNode r : requests) {
            String refusal = refuse(admin, r.path("type").asText("").toLowerCase(Locale.ROOT),
                    r.path("mbean").asText(""), r.path("operation").asText(""));
            if (refusal != null) {
                return refusal;
            }
        }
        return null;
    }

    /**
     * True when this GET only reads. {@code pathAfterAgent} is the path below the Jolokia servlet
     * ("/read/java.lang:type=Memory"); {@code pParameter} is the {@code p} query parameter Jolokia also accepts.
     */
    public static boolean getOnlyReads(String pathAfterAgent, String pParameter) {
        String path = pathAfterAgent == null || pathAfterAgent.isEmpty() || "/".equals(pathAfterAgent)
                ? pParameter : pathAfterAgent;
        if (path == null || path.isEmpty() || "/".equals(path)) {
            return true; // the bare agent URL answers with the version
        }
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        int slash = trimmed.indexOf('/');
        return READ_TYPES.contains((slash < 0 ? trimmed : trimmed.substring(0, slash)).toLowerCase(Locale.ROOT));
    }

    String refuse(boolean admin, String type, String mbean, String operation) {
        if (READ_TYPES.contains(type)) {
            return null;
        }
        if (!"exec".equals(type)) {
            return admin ? "Jolokia '" + oneLine(type) + "' requests are not allowed here" : READ_ONLY;
        }
        int paren = operation.indexOf('(');
        String name = (paren < 0 ? operation : operation.substring(0, paren)).strip();
        if (isReporting(name)) {
            return null;
        }
        if (!admin) {
            return READ_ONLY;
        }
        ObjectName target = objectName(mbean);
        if (target != null && (MONITOR_DOMAIN.equals(target.getDomain()) || listed(target, name))) {
            return null;
        }
        return "operation " + oneLine(name) + " on " + oneLine(mbean) + " is not allowed (only the monitor's "
                + "own operations, reports, and " + DashboardSettings.PREFIX + "jolokia.allow-operations)";
    }

    private boolean listed(ObjectName target, String operation) {
        return allowed.stream().anyMatch(a -> a.operation().equals(operation) && a.pattern().apply(target));
    }

    private static boolean isReporting(String name) {
        if (name.isEmpty() || DENIED_OPERATIONS.contains(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (String prefix : REPORTING_PREFIXES) {
            // Require a word boundary (dumpRoutesAsXml, not "discard" for "is"): next char upper case or end.
            if (name.startsWith(prefix) && (name.length() == prefix.length()
                    || Character.isUpperCase(name.charAt(prefix.length())))) {
                return true;
            }
        }
        return false;
    }

    private static ObjectName objectName(String mbean) {
        try {
            ObjectName n = new ObjectName(mbean);
            return n.isPattern() ? null : n;
        } catch (MalformedObjectNameException e) {
            return null;
        }
    }

    private static List<JsonNode> requests(byte[] body) throws IOException {
        JsonNode root = JSON.readTree(body);
        List<JsonNode> list = new ArrayList<>();
        if (root != null && root.isArray()) {
            root.forEach(list::add);
        } else if (root != null && root.isObject()) {
            list.add(root);
        }
        return list;
    }

    private static String oneLine(String s) {
        return Text.oneLine(s, 80);
    }
}
