package au.chim.dashboard.jmx;

import au.chim.dashboard.UserPrincipal;
import java.security.AccessController;
import javax.security.auth.Subject;

/**
 * The name of the person calling a JMX operation. Hawtio runs Jolokia requests as the logged-in
 * JAAS subject (Subject.doAs), so the audit trail gets their login (DashboardEndToEndTest proves it
 * through the browser); a caller without one (jconsole on the host) is recorded as "jmx".
 */
final class JmxOperator {
    private JmxOperator() {
    }

    @SuppressWarnings("removal")
    static String current() {
        try {
            Subject subject = Subject.getSubject(AccessController.getContext());
            if (subject != null) {
                for (UserPrincipal p : subject.getPrincipals(UserPrincipal.class)) {
                    return p.getName();
                }
            }
        } catch (RuntimeException | LinkageError e) {
            return "jmx";
        }
        return "jmx";
    }
}
