package au.chim.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The users file may name the parties a person works for, which the work view's "mine" filter shows. */
class UserPartiesTest {
    private static final String HASH = PasswordHashes.hash("pw".toCharArray(), 20_000);

    @Test
    void partiesFollowTheRoles() {
        UserStore store = UserStore.parse("users.properties", List.of(
                "anna = " + HASH + ", admin, party:accounts-staff, party:accounts-qld",
                "ian = " + HASH + ", viewer"), k -> null);
        assertEquals(List.of("accounts-staff", "accounts-qld"), store.partiesOf("anna"));
        assertEquals(Set.of(Role.ADMIN), store.rolesOf("anna"));
        assertEquals(List.of(), store.partiesOf("ian"));
        assertEquals(List.of(), store.partiesOf("nobody"));
    }

    @Test
    void aBadPartyOrOnlyPartiesNameTheLine() {
        DashboardConfigException bad = assertThrows(DashboardConfigException.class, () -> UserStore.parse("users.properties",
                List.of("# people", "anna = " + HASH + ", admin, party:accounts staff"), k -> null));
        assertTrue(bad.getMessage().startsWith("users.properties line 2: bad party 'accounts staff'"), bad.getMessage());
        DashboardConfigException noRole = assertThrows(DashboardConfigException.class, () -> UserStore.parse("users.properties",
                List.of("anna = " + HASH + ", party:accounts-staff"), k -> null));
        assertTrue(noRole.getMessage().contains("has no role"), noRole.getMessage());
    }
}
