package au.chim.dashboard.workview;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * Whether a write through the bridge may go ahead: an admin, from a page of this very origin (a cross-site form or
 * script carries the session cookie too), with a JSON body (which a plain HTML form cannot send).
 */
final class SameOrigin {
    private SameOrigin() {
    }

    /** Null when allowed, else "403 why" or "415 why". */
    static String problem(HttpServletRequest req, SessionUser user) {
        if (!user.canAct()) {
            return "403 forbidden: this user may only look";
        }
        String own = req.getScheme() + "://" + req.getHeader("Host");
        String origin = req.getHeader("Origin");
        String referer = req.getHeader("Referer");
        boolean same = origin != null ? origin.equalsIgnoreCase(own) : referer != null && referer.toLowerCase(Locale.ROOT)
                .startsWith(own.toLowerCase(Locale.ROOT) + "/");
        if (!same) {
            return "403 forbidden: the request does not come from this console's own pages (Origin/Referer)";
        }
        String type = req.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            return "415 the body must be JSON (Content-Type: application/json)";
        }
        return null;
    }
}
