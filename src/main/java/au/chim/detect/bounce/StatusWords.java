package au.chim.detect.bounce;

import java.util.Locale;
import java.util.Map;

/** Short words a person understands for the status codes that matter, for summaries. */
final class StatusWords {
    private static final Map<String, String> SMTP = Map.ofEntries(
            Map.entry("5.1.1", "user unknown"), Map.entry("5.1.10", "recipient not found"),
            Map.entry("5.1.2", "domain does not exist"), Map.entry("5.1.0", "bad address"),
            Map.entry("5.2.1", "mailbox disabled"), Map.entry("5.2.2", "mailbox full"), Map.entry("4.2.2", "mailbox full"),
            Map.entry("5.4.1", "recipient rejected"), Map.entry("4.4.1", "receiving server not answering"),
            Map.entry("4.4.7", "delivery timed out"), Map.entry("5.4.4", "domain cannot be routed"),
            Map.entry("5.7.1", "rejected by policy"), Map.entry("5.7.606", "sender blocked"));
    private static final Map<String, String> FAX = Map.of(
            "BUSY", "busy", "NO_ANSWER", "no answer", "LINE_ERROR", "line error", "FAILED", "failed",
            "NO_DIAL_TONE", "no dial tone", "NOT_IN_SERVICE", "number not in service", "INVALID_NUMBER", "invalid number",
            "UNAUTHORIZED_SENDER", "Unauthorized sending email address", "SUBSCRIPTION", "subscription expired",
            "GATEWAY_DOWN", "fax server not available");

    private StatusWords() {
    }

    static String of(String status, String diagnostic) {
        String w = status == null ? null : SMTP.get(status);
        if (w != null) {
            return w;
        }
        if (diagnostic != null && diagnostic.toLowerCase(Locale.ROOT).contains("full")) {
            return "mailbox full";
        }
        return status != null && status.startsWith("4") ? "temporary failure" : "delivery failed";
    }

    static String fax(String code) {
        return code == null ? "unknown result" : FAX.getOrDefault(code, code.toLowerCase(Locale.ROOT).replace('_', ' '));
    }
}
