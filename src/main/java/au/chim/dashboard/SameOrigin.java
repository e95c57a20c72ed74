package au.chim.dashboard;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The same-origin rule of both ports. A request's origin is the Origin header, else the origin of the Referer;
 * it must be the server's own origin (scheme and Host header of the request) or one of
 * {@code monitor.dashboard.allowed-origins}. {@code Origin: null} (sandboxed frames, file:// pages) is foreign.
 * Without either header the request did not come from a page of a modern browser (they send Origin on every
 * cross-origin request and on every POST), so it passes unless {@code monitor.dashboard.require-origin} is true.
 */
public final class SameOrigin {
    private final Set<String> allowed;
    private final boolean requireOrigin;

    public SameOrigin(List<String> allowedOrigins, boolean requireOrigin) {
        this.allowed = allowedOrigins.stream().map(o -> {
            String n = normalise(o);
            if (n == null) {
                throw new DashboardConfigException(DashboardSettings.PREFIX + "allowed-origins entries are origins "
                        + "like https://monitor.example.com:8443 (was " + o + ")");
            }
            return n;
        }).collect(Collectors.toUnmodifiableSet());
        this.requireOrigin = requireOrigin;
    }

    public static SameOrigin defaults() {
        return new SameOrigin(List.of(), false);
    }

    /** Why the request is refused, or null when its origin is this server's own or an allowed one. */
    public String refusal(String scheme, String host, String origin, String referer) {
        if (origin != null && !origin.isBlank()) {
            return accepted(origin, scheme, host) ? null : "cross-origin request refused: Origin "
                    + shown(origin) + " is not this server";
        }
        if (referer != null && !referer.isBlank()) {
            return accepted(referer, scheme, host) ? null : "cross-origin request refused: the Referer is not "
                    + "a page of this server";
        }
        return requireOrigin ? "request refused: it has neither an Origin nor a Referer header" : null;
    }

    /** True when a CORS Origin header names another site (then no data and no CORS headers go back). */
    public boolean isForeign(String scheme, String host, String origin) {
        return origin != null && !origin.isBlank() && !accepted(origin, scheme, host);
    }

    private boolean accepted(String url, String scheme, String host) {
        String o = normalise(url);
        return o != null && (o.equals(normalise(scheme + "://" + host)) || allowed.contains(o));
    }

    /** scheme://host[:port] in lower case without the default port, or null when it is not an http(s) URL. */
    static String normalise(String url) {
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || u.getHost() == null) {
                return null;
            }
            int port = u.getPort();
            boolean standard = port == -1 || port == 80 && "http".equals(scheme) || port == 443 && "https".equals(scheme);
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (standard ? "" : ":" + port);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String shown(String origin) {
        return au.chim.finding.Text.oneLine(origin, 100);
    }
}
