package au.chim.dashboard;

import java.security.Principal;

/**
 * A role inside a JAAS Subject. Hawtio matches role principals by class name
 * ({@code hawtio.rolePrincipalClasses=au.chim.dashboard.RolePrincipal}) and role by {@link #getName()}.
 */
public record RolePrincipal(String getName) implements Principal {
}
