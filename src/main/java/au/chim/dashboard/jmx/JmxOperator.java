package au.chim.dashboard.jmx;

import au.chim.dashboard.UserPrincipal;
import java.security.AccessController;
import java.util.Optional;
import javax.security.auth.Subject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The person calling a JMX operation. Hawtio runs Jolokia requests as the logged-in JAAS subject (Subject.doAs),
 * so the audit trail gets their login (DashboardEndToEndTest proves it through the browser). A caller without
 * one (a JMX client on the host) cannot act: an action nobody can be named for is refused, never recorded as
 * an anonymous "jmx".
 */
final class JmxOperator {
    private static final Logger AUDIT = LoggerFactory.getLogger("au.chim.audit");

    private JmxOperator() {
    }

    @SuppressWarnings("removal")
    static Optional<String> current() {
        try {
            Subject subject = Subject.getSubject(AccessController.getContext());
            if (subject != null) {
                for (UserPrincipal p : subject.getPrincipals(UserPrincipal.class)) {
                    return Optional.of(p.getName());
                }
            }
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The signed-in person, or an IllegalStateException whose message says how to act with a name. */
    static String required() {
        return current().orElseThrow(() -> new IllegalStateException("no signed-in person: run this operation "
                + "from the Hawtio console or through /api, so it is recorded with your name"));
    }

    /** Records an action that has no audit row of its own (outbox retry, run a check, send a digest). */
    static String audited(String action) {
        String person = required();
        AUDIT.info("{} via JMX: {}", person, action);
        return person;
    }
}
