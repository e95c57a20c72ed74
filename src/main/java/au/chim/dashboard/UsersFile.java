package au.chim.dashboard;

import au.chim.finding.Text;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Strict reader of users.properties lines ({@code name = <hash or {env:VAR}>, role[,role][, party:ID...]}).
 * The optional {@code party:} entries name the routing parties (routing.yaml) whose issues are the user's own:
 * the work view's "mine" filter.
 */
final class UsersFile {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final Pattern PARTY = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final String PARTY_PREFIX = "party:";
    private static final Pattern ENV_REF = Pattern.compile("\\{env:([A-Za-z_][A-Za-z0-9_]*)}");

    private UsersFile() {
    }

    /** A user as configured: name, secret, roles. */
    record StoredUser(String name, Credential credential, Set<Role> roles, List<String> parties) {
        StoredUser {
            parties = List.copyOf(parties);
        }
    }

    static Map<String, StoredUser> parse(String source, List<String> lines, Function<String, String> env) {
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
        return users;
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
        List<String> parties = new java.util.ArrayList<>();
        for (int p = 1; p < parts.length; p++) {
            String word = parts[p].strip();
            if (word.startsWith(PARTY_PREFIX)) {
                String party = word.substring(PARTY_PREFIX.length()).strip();
                if (!PARTY.matcher(party).matches()) {
                    throw new DashboardConfigException(where + ": bad party '" + Text.oneLine(party, 40) + "' for user '"
                            + name + "' (party:ID with the id of a party in recipients.yaml)");
                }
                parties.add(party);
                continue;
            }
            Role role = Role.fromId(word);
            if (role == null) {
                throw new DashboardConfigException(where + ": unknown role '" + Text.oneLine(word, 40)
                        + "' for user '" + name + "' (roles: admin, viewer)");
            }
            roles.add(role);
        }
        if (roles.isEmpty()) {
            throw new DashboardConfigException(where + ": user '" + name + "' has no role (admin or viewer)");
        }
        return new StoredUser(name, credential(secret, name, where, env), roles, parties);
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
}
