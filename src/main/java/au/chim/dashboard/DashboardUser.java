package au.chim.dashboard;

import java.util.Set;

/** A user who passed the password check, with the roles from users.properties. */
public record DashboardUser(String name, Set<Role> roles) {
    public DashboardUser {
        roles = Set.copyOf(roles);
    }

    /** True when the user may change things (run operations, write attributes, POST to the API). */
    public boolean canAct() {
        return roles.contains(Role.ADMIN);
    }
}
