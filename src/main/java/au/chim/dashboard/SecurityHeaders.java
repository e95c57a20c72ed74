package au.chim.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headers sent with every answer of both ports. The monitor's own port only serves JSON and metrics, so its
 * policy allows nothing to load or frame it and nothing to be stored; Hawtio pages keep Hawtio's own CSP (its
 * console needs scripts and styles from 'self') and get the rest of these.
 */
public final class SecurityHeaders {
    private SecurityHeaders() {
    }

    /** For /api and /observe: nothing may render, frame or cache the answers. */
    public static Map<String, String> api() {
        Map<String, String> h = common();
        h.put("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        h.put("Cache-Control", "no-store");
        return h;
    }

    /** For the Hawtio console's pages and its Jolokia (Hawtio adds its own CSP with frame-ancestors 'none'). */
    public static Map<String, String> console(boolean dataPath) {
        Map<String, String> h = common();
        if (dataPath) {
            h.put("Cache-Control", "no-store");
        }
        return h;
    }

    /** Added when the port speaks TLS, so browsers never fall back to plain HTTP. */
    public static final String HSTS = "max-age=31536000";

    private static Map<String, String> common() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "same-origin");
        return h;
    }
}
