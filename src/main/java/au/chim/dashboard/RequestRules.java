package au.chim.dashboard;

import java.util.Locale;
import java.util.Set;

/**
 * What every request to either port must satisfy before anything else looks at it: a state-changing request
 * (anything but GET, HEAD, OPTIONS) comes from this server's origin and carries a JSON body type; a CORS
 * request (preflight or not) from a foreign origin gets a refusal and no CORS headers. JSON is required because
 * an HTML form or a "simple" cross-origin fetch can only send form or text/plain bodies.
 */
public final class RequestRules {
    /** A refusal to send instead of running the request. */
    public record Refusal(int status, String message) {
    }

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private final SameOrigin origins;

    public RequestRules(SameOrigin origins) {
        this.origins = origins;
    }

    /**
     * @param scheme      http or https, as the server received it
     * @param host        the Host header
     * @param contentType the Content-Type header (may be null)
     * @param hasBody     whether the request carries a body (Content-Length above 0 or Transfer-Encoding)
     */
    public Refusal check(String method, String scheme, String host, String origin, String referer, String contentType,
            boolean hasBody) {
        String m = method.toUpperCase(Locale.ROOT);
        if (SAFE.contains(m)) {
            return origins.isForeign(scheme, host, origin)
                    ? new Refusal(403, "cross-origin requests are not allowed (Origin " + shown(origin) + ")") : null;
        }
        String refusal = origins.refusal(scheme, host, origin, referer);
        if (refusal != null) {
            return new Refusal(403, refusal);
        }
        // A body must say it is JSON; a request without one (DELETE, a bare POST) needs no type.
        if (contentType != null ? !isJson(contentType) : hasBody) {
            return new Refusal(415, "send the request body as JSON (Content-Type: application/json)");
        }
        return null;
    }

    /** application/json, text/json (Jolokia's client) or application/*+json, with or without parameters. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semi = contentType.indexOf(';');
        String type = (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.equals("text/json")
                || type.startsWith("application/") && type.endsWith("+json");
    }

    private static String shown(String origin) {
        return au.chim.finding.Text.oneLine(origin, 100);
    }
}
