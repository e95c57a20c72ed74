package au.chim.dashboard.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The logged-in operator's name, from the HTTP Basic credentials the login filter already checked. */
public final class Operator {
    /** Exchange property with the operator's name when a request comes through the Hawtio bridge. */
    public static final String PROPERTY = "monitor.operator";
    /** Exchange property with that operator's parties (users file), for mine=true. */
    public static final String PARTIES_PROPERTY = "monitor.operator.parties";

    private Operator() {
    }

    static String fromAuthorization(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw new IllegalArgumentException("no operator: the request has no Basic credentials");
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed Basic credentials");
        }
    }
}
