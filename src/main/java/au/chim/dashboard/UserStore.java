package au.chim.dashboard;

import au.chim.finding.Text;
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
import java.util.regex.Pattern;

/**
 * The dashboard's users and roles, read from {@code config/users.properties}
 * ({@code name = <pbkdf2 hash or {env:VAR}>, role[,role]}; see config/users.example.properties).
 * Shared by the Hawtio login (JAAS) and the HTTP Basic check of /api and /observe.
 */
public final class UserStore {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final Pattern ENV_REF = Pattern.compile("\\{env:([A-Za-z_][A-Za-z0-9_]*)}");
    private static final String DEMO_CHARS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Map<String, StoredUser> users;
    private final boolean demo;
    private final VerifiedCache verified = new VerifiedCache();

    private UserStore(Map<String, StoredUser> users, boolean demo) {
        this.users = Collections.unmodifiableMap(users);
        this.demo = demo;
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
        users.put("admin", new StoredUser("admin", c, EnumSet.of(Role.ADMIN)));
        users.put("viewer", new StoredUser("viewer", c, EnumSet.of(Role.VIEWER)));
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
        Map<String, StoredUser> users = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            StoredUser user = parseLine(line, source + " line " + (i + 1), env);
            if (users.putIfAbsent(user.name(), user) != null) {
                throw new DashboardConfigException(source + " line " + (i + 1) + ": user '" + user.name()
                        + "' is defined twice");
            }
        }
        return new UserStore(users, false);
    }

    private static StoredUser parseLine(String line, String where, Function<String, String> env) {
        int eq = line.indexOf('=');
        if (eq < 0) {
            throw new DashboardConfigException(where + ": expected 'name = hash-or-{env:VAR}, role[,role]'");
        }
        String name = line.substring(0, eq).strip();
        if (!NAME.matcher(name).matches()) {
            throw new DashboardConfigException(where + ": user name must be 1-64 of A-Z a-z 0-9 . _ @ -");
        }
        String[] parts = line.substring(eq + 1).split(",");
        String secret = parts[0].strip();
        if (parts.length < 2) {
            throw new DashboardConfigException(where + ": user '" + name + "' has no role (admin or viewer)");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (int p = 1; p < parts.length; p++) {
            String word = parts[p].strip();
            Role role = Role.fromId(word);
            if (role == null) {
                throw new DashboardConfigException(where + ": unknown role '" + Text.oneLine(word, 40)
                        + "' for user '" + name + "' (roles: admin, viewer)");
            }
            roles.add(role);
        }
        return new StoredUser(name, credential(secret, name, where, env), roles);
    }

    private static Credential credential(String secret, String name, String where, Function<String, String> env) {
        var ref = ENV_REF.matcher(secret);
        if (ref.matches()) {
            String value = env.apply(ref.group(1));
            if (value == null || value.isEmpty()) {
                throw new DashboardConfigException(where + ": environment variable " + ref.group(1)
                        + " for user '" + name + "' is not set");
            }
            // The variable may hold a hash (preferred) or the password itself.
            return PasswordHashes.looksLikeHash(value) ? hashed(value, name, where + " (from " + ref.group(1) + ")")
                    : Credential.plain(value);
        }
        if (!PasswordHashes.looksLikeHash(secret)) {
            // Never accept a plain password in the file: it would sit readable on disk and in backups.
            throw new DashboardConfigException(where + ": the password of user '" + name + "' must be a "
                    + PasswordHashes.PREFIX + " hash or {env:VAR}, not plain text");
        }
        return hashed(secret, name, where);
    }

    private static Credential hashed(String hash, String name, String where) {
        String problem = PasswordHashes.problem(hash);
        if (problem != null) {
            throw new DashboardConfigException(where + ": bad password hash for user '" + name + "': " + problem);
        }
        return Credential.hash(hash);
    }

    /** The user when the password matches, else empty; unknown users and wrong passwords look the same. */
    public Optional<DashboardUser> authenticate(String name, char[] password) {
        if (name == null || password == null) {
            return Optional.empty();
        }
        StoredUser user = users.get(name);
        if (user == null) {
            Credential.burnTime(password);
            return Optional.empty();
        }
        // PBKDF2 costs ~0.1 s; HTTP Basic repeats it on every call, so a recent success is remembered.
        boolean ok = verified.contains(name, password) || user.credential().matches(password);
        if (!ok) {
            verified.forget(name);
            return Optional.empty();
        }
        verified.remember(name, password);
        return Optional.of(new DashboardUser(user.name(), user.roles()));
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

    private static String randomPassword() {
        SecureRandom r = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            sb.append(DEMO_CHARS.charAt(r.nextInt(DEMO_CHARS.length())));
        }
        return sb.toString();
    }

    private record StoredUser(String name, Credential credential, Set<Role> roles) {
    }
}
