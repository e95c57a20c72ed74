package au.chim.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UserStoreLoginModuleTest {

    @BeforeAll
    static void installRealm() {
        DashboardJaasConfiguration.install("test-realm", UserStore.demo("pw1"));
    }

    private static LoginContext context(String user, String password, Subject subject) throws LoginException {
        return new LoginContext("test-realm", subject, callbacks -> {
            for (var c : callbacks) {
                if (c instanceof NameCallback n) {
                    n.setName(user);
                } else if (c instanceof PasswordCallback p) {
                    p.setPassword(password.toCharArray());
                }
            }
        });
    }

    @Test
    void loginAddsUserAndRolePrincipalsAndLogoutRemovesThem() throws Exception {
        Subject subject = new Subject();
        LoginContext lc = context("viewer", "pw1", subject);
        lc.login();
        assertEquals(Set.of("viewer"), subject.getPrincipals(UserPrincipal.class).stream()
                .map(UserPrincipal::getName).collect(Collectors.toSet()));
        assertEquals(Set.of("viewer"), subject.getPrincipals(RolePrincipal.class).stream()
                .map(RolePrincipal::getName).collect(Collectors.toSet()));
        lc.logout();
        assertEquals(0, subject.getPrincipals().size());
    }

    @Test
    void wrongPasswordFailsTheLogin() throws Exception {
        Subject subject = new Subject();
        assertThrows(LoginException.class, () -> context("admin", "wrong", subject).login());
        assertEquals(0, subject.getPrincipals().size());
    }

    @Test
    void adminGetsTheAdminRole() throws Exception {
        Subject subject = new Subject();
        context("admin", "pw1", subject).login();
        assertEquals(Set.of(new RolePrincipal("admin")), subject.getPrincipals(RolePrincipal.class));
    }
}
