package au.chim.dashboard;

import java.security.Principal;

/** The logged-in dashboard user inside a JAAS Subject. */
public record UserPrincipal(String getName) implements Principal {
}
