package au.chim.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who may call what on the monitor's own HTTP port (/api, /observe/...). Everyone must log in except on the
 * configured open paths; an admin may act on /api; a viewer may only GET/HEAD. Camel's Jolokia there is a read
 * door for everyone: operations run through Hawtio's Jolokia, where the person is known and recorded.
 */
public final class AccessPolicy {
    static final String JOLOKIA_READ_ONLY = "Jolokia on this port only reads (GET read, list, search, version); "
            + "run operations in Hawtio or through /api so they are recorded with your name";
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");
    private final String jolokiaPath;
    private final List<String> openPaths;

    /**
     * @param jolokiaPath the Jolokia endpoint (camel.management.jolokia-path, default /observe/jolokia)
     * @param openPaths   exact paths that need no login, e.g. /observe/health for a load balancer; usually none
     */
    public AccessPolicy(String jolokiaPath, List<String> openPaths) {
        this.jolokiaPath = trimSlash(jolokiaPath);
        this.openPaths = openPaths.stream().map(AccessPolicy::trimSlash).filter(p -> !p.isEmpty()).toList();
    }

    /** The default layout: Jolokia at /observe/jolokia, nothing open. */
    public static AccessPolicy defaults() {
        return new AccessPolicy("/observe/jolokia", List.of());
    }

    /**
     * Signed action links from emails (route 62, notify/act) are for people without a log-in: GET shows a page,
     * POST acts; the link's HMAC signature, expiry, single use and a form token bound to the link protect them.
     */
    public static final String SIGNED_LINKS = "/act/";

    /** True when the path may be called without credentials: configured open paths (GET/HEAD), signed links (GET/POST). */
    public boolean isOpen(String method, String path) {
        String m = method.toUpperCase(Locale.ROOT);
        if (path != null && path.startsWith(SIGNED_LINKS) && (READ_METHODS.contains(m) || "POST".equals(m))) {
            return true;
        }
        return READ_METHODS.contains(method.toUpperCase(Locale.ROOT)) && openPaths.contains(trimSlash(path));
    }

    /** True for Camel's Jolokia endpoint and below. */
    public boolean isJolokia(String path) {
        String p = trimSlash(path);
        return p.equals(jolokiaPath) || p.startsWith(jolokiaPath + "/");
    }

    /** True when this logged-in user may make this call. {@code pParameter} is Jolokia's p query parameter. */
    public boolean allows(DashboardUser user, String method, String path, String pParameter) {
        return refusal(user, method, path, pParameter) == null;
    }

    /** Why this logged-in user may not make this call, or null when they may. */
    public String refusal(DashboardUser user, String method, String path, String pParameter) {
        boolean read = READ_METHODS.contains(method.toUpperCase(Locale.ROOT));
        if (isJolokia(path)) {
            String p = trimSlash(path);
            return read && JolokiaAccess.getOnlyReads(p.substring(jolokiaPath.length()), pParameter)
                    ? null : JOLOKIA_READ_ONLY;
        }
        return read || user.canAct() ? null : JolokiaAccess.READ_ONLY;
    }

    private static String trimSlash(String path) {
        String p = path == null ? "" : path.strip();
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
