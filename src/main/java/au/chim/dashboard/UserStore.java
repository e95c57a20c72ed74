package au.chim.dashboard;

import au.chim.dashboard.UsersFile.StoredUser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The dashboard's users and roles, read from {@code config/users.properties}
 * ({@code name = <pbkdf2 hash or {env:VAR}>, role[,role]}; see config/users.example.properties).
 * Shared by the Hawtio login (JAAS) and the HTTP Basic check of /api and /observe.
 */
public final class UserStore {
    private static final String DEMO_CHARS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Map<String, StoredUser> users;
    private final boolean demo;
    private final VerifiedCache verified = new VerifiedCache();
    private final Credential decoy;

    /** A password check: the user when it matched; {@code remembered} when the short cache answered. */
    public record Check(Optional<DashboardUser> user, boolean remembered) {
    }

    private UserStore(Map<String, StoredUser> users, boolean demo) {
        this.users = Collections.unmodifiableMap(users);
        this.demo = demo;
        // Unknown names are checked against a credential like the stored ones, so timing reveals no names.
        this.decoy = users.isEmpty() ? null : users.values().iterator().next().credential().decoy();
    }

    /**
     * The store the application starts with. A file with users always wins. Without one, demo mode gets an
     * in-memory admin and viewer (printed to {@code out}); production refuses to start, as there is no default
     * password.
     */
    public static UserStore forStartup(Path file, boolean demoMode, String demoPassword, PrintStream out) {
        if (Files.exists(file)) {
            UserStore store = load(file, System::getenv);
            if (!store.isEmpty()) {
                return store;
            }
        }
        if (!demoMode) {
            throw new DashboardConfigException("The dashboard has no users: " + file + " is missing or empty. Copy "
                    + "config/users.example.properties to " + file.getFileName() + " and add at least one admin "
                    + "(hash a password with: java -cp <app jar> au.chim.dashboard.PasswordHashes).");
        }
        String password = demoPassword == null || demoPassword.isBlank() ? randomPassword() : demoPassword;
        out.println("Demo dashboard login: admin / " + password + "   (read-only: viewer / " + password + ")");
        return demo(password);
    }

    /** An in-memory store with {@code admin} (admin) and {@code viewer} (viewer) sharing one password. */
    public static UserStore demo(String password) {
        Map<String, StoredUser> users = new LinkedHashMap<>();
        Credential c = Credential.plain(password);
        users.put("admin", new StoredUser("admin", c, EnumSet.of(Role.ADMIN), List.of()));
        users.put("viewer", new StoredUser("viewer", c, EnumSet.of(Role.VIEWER), List.of()));
        return new UserStore(users, true);
    }

    /** Reads a users file strictly; a bad line fails with the file name and line number. */
    public static UserStore load(Path file, Function<String, String> env) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DashboardConfigException("Users file not found: " + file);
        } catch (IOException e) {
            throw new DashboardConfigException("Cannot read users file " + file + ": " + e.getMessage(), e);
        }
        return parse(file.toString(), lines, env);
    }

    /** Parses users-file lines; {@code source} names the file in error messages. */
    public static UserStore parse(String source, List<String> lines, Function<String, String> env) {
        return new UserStore(UsersFile.parse(source, lines, env), false);
    }

    /** The user when the password matches, else empty; unknown users and wrong passwords look the same. */
    public Optional<DashboardUser> authenticate(String name, char[] password) {
        return check(name, password).user();
    }

    /** Like {@link #authenticate}, also telling whether the password was really checked or remembered. */
    public Check check(String name, char[] password) {
        if (name == null || password == null) {
            return new Check(Optional.empty(), false);
        }
        StoredUser user = users.get(name);
        if (user == null) {
            if (decoy != null) {
                decoy.matches(password);
            }
            return new Check(Optional.empty(), false);
        }
        // PBKDF2 costs ~0.1 s; HTTP Basic repeats it on every call, so a recent success is remembered.
        boolean remembered = verified.contains(name, password);
        boolean ok = remembered || user.credential().matches(password);
        if (!ok) {
            verified.forget(name);
            return new Check(Optional.empty(), false);
        }
        verified.remember(name, password);
        return new Check(Optional.of(new DashboardUser(user.name(), user.roles())), remembered);
    }

    public boolean isEmpty() {
        return users.isEmpty();
    }

    /** True for the in-memory demo users. */
    public boolean isDemo() {
        return demo;
    }

    public Set<String> userNames() {
        return users.keySet();
    }

    /** The roles of a configured user (no password check), for display and tests. */
    public Set<Role> rolesOf(String name) {
        StoredUser u = users.get(name);
        return u == null ? Set.of() : u.roles();
    }

    /** The parties a user works for (users file {@code party:ID}); empty when the file names none. */
    public List<String> partiesOf(String name) {
        StoredUser u = users.get(name);
        return u == null ? List.of() : u.parties();
    }

    private static String randomPassword() {
        SecureRandom r = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            sb.append(DEMO_CHARS.charAt(r.nextInt(DEMO_CHARS.length())));
        }
        return sb.toString();
    }

}
