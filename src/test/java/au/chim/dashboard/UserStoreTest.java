package au.chim.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserStoreTest {
    private static final String ADMIN_HASH = PasswordHashes.hash("admin-pw".toCharArray(), 20_000);
    private static final Function<String, String> NO_ENV = k -> null;

    @TempDir
    Path dir;

    @Test
    void loadsHashedUsersWithRoles() throws Exception {
        Path f = dir.resolve("users.properties");
        Files.writeString(f, "# comment\n\nalice = " + ADMIN_HASH + ", admin\nbob=" + ADMIN_HASH + " , viewer\n");
        UserStore store = UserStore.load(f, NO_ENV);
        assertEquals(Set.of("alice", "bob"), store.userNames());
        DashboardUser alice = store.authenticate("alice", "admin-pw".toCharArray()).orElseThrow();
        assertTrue(alice.canAct());
        DashboardUser bob = store.authenticate("bob", "admin-pw".toCharArray()).orElseThrow();
        assertFalse(bob.canAct());
        assertEquals(Set.of(Role.VIEWER), bob.roles());
    }

    @Test
    void wrongPasswordOrUnknownUserIsRejected() {
        UserStore store = UserStore.parse("u", List.of("alice = " + ADMIN_HASH + ", admin"), NO_ENV);
        assertTrue(store.authenticate("alice", "nope".toCharArray()).isEmpty());
        assertTrue(store.authenticate("mallory", "admin-pw".toCharArray()).isEmpty());
        // A remembered success must not let a different password in afterwards.
        assertTrue(store.authenticate("alice", "admin-pw".toCharArray()).isPresent());
        assertTrue(store.authenticate("alice", "admin-pw2".toCharArray()).isEmpty());
        assertTrue(store.authenticate("alice", "admin-pw".toCharArray()).isPresent());
    }

    @Test
    void passwordFromEnvironmentAsPlainTextOrHash() {
        Map<String, String> env = Map.of("OPS_PW", "from-env", "OPS_HASH", ADMIN_HASH);
        UserStore store = UserStore.parse("u", List.of("ops = {env:OPS_PW}, admin", "ro = {env:OPS_HASH}, viewer"),
                env::get);
        assertTrue(store.authenticate("ops", "from-env".toCharArray()).isPresent());
        assertTrue(store.authenticate("ops", "from-env ".toCharArray()).isEmpty());
        assertTrue(store.authenticate("ro", "admin-pw".toCharArray()).isPresent());
    }

    @Test
    void badLinesNameFileAndLine() {
        assertBad("line 2: unknown role 'root'", "# x", "a = " + ADMIN_HASH + ", root");
        assertBad("line 1: user 'a' has no role", "a = " + ADMIN_HASH);
        assertBad("line 1: the password of user 'a' must be a pbkdf2-sha256 hash", "a = admin123, admin");
        assertBad("line 1: environment variable MISSING_PW for user 'a' is not set", "a = {env:MISSING_PW}, admin");
        assertBad("line 1: expected 'name = ", "just-a-name");
        assertBad("line 1: user name must be", "bad name = " + ADMIN_HASH + ", admin");
        assertBad("line 2: user 'a' is defined twice", "a = " + ADMIN_HASH + ", admin", "a = " + ADMIN_HASH + ", viewer");
        assertBad("line 1: bad password hash for user 'a': iteration count",
                "a = " + ADMIN_HASH.replace("$20000$", "$5$") + ", admin");
    }

    private static void assertBad(String expected, String... lines) {
        DashboardConfigException e = assertThrows(DashboardConfigException.class,
                () -> UserStore.parse("config/users.properties", List.of(lines), NO_ENV));
        assertTrue(e.getMessage().startsWith("config/users.properties " + expected.substring(0, 6)), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void productionWithoutUsersRefusesToStart() throws Exception {
        Path missing = dir.resolve("users.properties");
        DashboardConfigException e = assertThrows(DashboardConfigException.class,
                () -> UserStore.forStartup(missing, false, null, System.out));
        assertTrue(e.getMessage().contains("no users"), e.getMessage());
        Files.writeString(missing, "# only comments\n");
        assertThrows(DashboardConfigException.class, () -> UserStore.forStartup(missing, false, null, System.out));
    }

    @Test
    void demoWithoutUsersPrintsAnInMemoryLoginAndWritesNoFile() {
        Path missing = dir.resolve("users.properties");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UserStore store = UserStore.forStartup(missing, true, null, new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        String password = printed.replaceAll("(?s).*admin / (\\S+).*", "$1");
        assertTrue(store.isDemo());
        assertTrue(store.authenticate("admin", password.toCharArray()).orElseThrow().canAct(), printed);
        assertFalse(store.authenticate("viewer", password.toCharArray()).orElseThrow().canAct());
        assertFalse(Files.exists(missing));
    }

    @Test
    void aUsersFileWinsOverDemoUsers() throws Exception {
        Path f = dir.resolve("users.properties");
        Files.writeString(f, "alice = " + ADMIN_HASH + ", admin\n");
        UserStore store = UserStore.forStartup(f, true, "demo", System.out);
        assertFalse(store.isDemo());
        assertTrue(store.authenticate("admin", "demo".toCharArray()).isEmpty());
    }

    @Test
    void theExampleFileHoldsNoWorkingPasswordAndSaysWhereToPutOne() {
        Map<String, String> env = Map.of("MONITOR_OPS_PASSWORD", "x");
        DashboardConfigException e = assertThrows(DashboardConfigException.class,
                () -> UserStore.load(Path.of("config/users.example.properties"), env::get));
        assertTrue(e.getMessage().contains("users.example.properties line")
                && e.getMessage().contains("user 'admin' must be a pbkdf2-sha256 hash"), e.getMessage());
    }

    @Test
    void unknownNamesAreCheckedAgainstACredentialOfTheSameCost() throws Exception {
        // Same kind and iteration count as the stored user: the refusal of "nobody" costs one PBKDF2 of 20 000
        // rounds, like a wrong password for alice (LoginTimingBenchmark prints both times).
        Path f = dir.resolve("users.properties");
        Files.writeString(f, "alice = " + PasswordHashes.hash("pw".toCharArray(), 20_000) + ", admin\n");
        UserStore store = UserStore.load(f, k -> null);
        assertTrue(store.check("nobody", "pw".toCharArray()).user().isEmpty());
        assertFalse(store.check("alice", "wrong".toCharArray()).remembered());
        assertTrue(store.check("alice", "pw".toCharArray()).user().isPresent());
        assertTrue(store.check("alice", "pw".toCharArray()).remembered(), "the second right password is remembered");
    }
}
