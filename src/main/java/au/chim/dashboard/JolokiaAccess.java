package au.chim.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which Jolokia requests a viewer (read-only user) may send. Reads, searches and lists are allowed; so are
 * operations whose name says they only report (dump..., get..., list..., is..., query...), because Hawtio's Camel
 * views fetch route statistics and XML through such operations. Writes, other operations and notifications are
 * refused.
 */
public final class JolokiaAccess {
    private static final Set<String> READ_TYPES = Set.of("read", "list", "search", "version");
    private static final List<String> REPORTING_PREFIXES =
            List.of("dump", "get", "list", "is", "has", "can", "query", "find", "count", "explain");
    // Names that start like a report but change the system or write files.
    private static final Set<String> DENIED_OPERATIONS = Set.of("dumpheap");
    private static final ObjectMapper JSON = new ObjectMapper();

    private JolokiaAccess() {
    }

    /** True when a viewer may send this POST body (one Jolokia request object or a bulk array). */
    public static boolean viewerMayPost(byte[] body) {
        List<JsonNode> requests;
        try {
            requests = requests(body);
        } catch (IOException e) {
            return false;
        }
        if (requests.isEmpty()) {
            return false;
        }
        for (JsonNode r : requests) {
            String type = r.path("type").asText("").toLowerCase(Locale.ROOT);
            if (!viewerMay(type, r.path("operation").asText(""))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a viewer may send this GET. {@code pathAfterAgent} is the path below the Jolokia servlet
     * ("/read/java.lang:type=Memory"); {@code pParameter} is the {@code p} query parameter Jolokia also accepts.
     */
    public static boolean viewerMayGet(String pathAfterAgent, String pParameter) {
        String path = pathAfterAgent == null || pathAfterAgent.isEmpty() || "/".equals(pathAfterAgent)
                ? pParameter : pathAfterAgent;
        if (path == null || path.isEmpty() || "/".equals(path)) {
            return true; // the bare agent URL answers with the version
        }
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        int slash = trimmed.indexOf('/');
        String type = (slash < 0 ? trimmed : trimmed.substring(0, slash)).toLowerCase(Locale.ROOT);
        // Operation names in GET URLs need Jolokia's escaping rules to find; GET exec stays admin-only.
        return READ_TYPES.contains(type);
    }

    static boolean viewerMay(String type, String operation) {
        if (READ_TYPES.contains(type)) {
            return true;
        }
        if (!"exec".equals(type)) {
            return false;
        }
        int paren = operation.indexOf('(');
        String name = (paren < 0 ? operation : operation.substring(0, paren)).strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.isEmpty() || DENIED_OPERATIONS.contains(lower)) {
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

    private static List<JsonNode> requests(byte[] body) throws IOException {
        JsonNode root = JSON.readTree(body);
        List<JsonNode> list = new ArrayList<>();
        if (root == null) {
            return list;
        }
        if (root.isArray()) {
            root.forEach(list::add);
        } else if (root.isObject()) {
            list.add(root);
        }
        return list;
    }
}
