package au.chim.dashboard.workview;

import au.chim.dashboard.Role;
import au.chim.dashboard.RolePrincipal;
import au.chim.dashboard.UserPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import javax.security.auth.Subject;

/**
 * The person logged in to Hawtio, read from the JAAS Subject that Hawtio's login servlet keeps in the session.
 * Principals are matched by class name, as Hawtio does, so a class loaded twice still counts.
 *
 * @param parties the parties the users file names for this person ("mine")
 */
public record SessionUser(String name, boolean canAct, List<String> parties) {
    private static final String SESSION_SUBJECT = "subject";

    public static Optional<SessionUser> of(HttpServletRequest request, java.util.function.Function<String, List<String>> partiesOf) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_SUBJECT) instanceof Subject subject)) {
            return Optional.empty();
        }
        String name = null;
        boolean admin = false;
        for (Principal p : subject.getPrincipals()) {
            String type = p.getClass().getName();
            if (type.equals(UserPrincipal.class.getName())) {
                name = p.getName();
            } else if (type.equals(RolePrincipal.class.getName()) && Role.ADMIN.id().equals(p.getName())) {
                admin = true;
            }
        }
        return name == null ? Optional.empty() : Optional.of(new SessionUser(name, admin, List.copyOf(partiesOf.apply(name))));
    }
}
