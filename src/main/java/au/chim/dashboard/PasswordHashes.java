package au.chim.dashboard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-SHA256 password hashes in a self-describing string: {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}.
 *
 * <p>Run {@code java -cp <app jar> au.chim.dashboard.PasswordHashes [password]} to hash a password for
 * {@code config/users.properties}; without an argument the password is read from the first line of stdin,
 * which keeps it out of the shell history.
 */
public final class PasswordHashes {
    public static final String PREFIX = "pbkdf2-sha256";
    /** OWASP 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 210_000;
    // Stored hashes are accepted down to this count so a weakened config line is refused, not silently trusted.
    private static final int MIN_ITERATIONS = 10_000;
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHashes() {
    }

    /** A new hash with a random salt and {@link #DEFAULT_ITERATIONS}. */
    public static String hash(char[] password) {
        return hash(password, DEFAULT_ITERATIONS);
    }

    /** A new hash with a random salt; fewer iterations are for tests only. */
    public static String hash(char[] password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] derived = derive(password, salt, iterations, HASH_BITS);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(derived);
    }

    /** True when the text has the shape of a hash this class writes (it may still carry a bad value). */
    public static boolean looksLikeHash(String text) {
        return text != null && text.startsWith(PREFIX + "$");
    }

    /**
     * Why a stored hash cannot be used, or null when it is well formed. Lets the user store refuse a bad config
     * line at load time instead of failing every login later.
     */
    public static String problem(String stored) {
        try {
            parse(stored);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Constant-time comparison of the password against a stored hash; a malformed hash never matches. */
    public static boolean verify(char[] password, String stored) {
        Parsed p;
        try {
            p = parse(stored);
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] actual = derive(password, p.salt, p.iterations, p.hash.length * 8);
        return MessageDigest.isEqual(actual, p.hash);
    }

    /** The iteration count of a well-formed stored hash ({@link #DEFAULT_ITERATIONS} for a malformed one). */
    static int iterations(String stored) {
        try {
            return parse(stored).iterations;
        } catch (IllegalArgumentException e) {
            return DEFAULT_ITERATIONS;
        }
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {
    }

    private static Parsed parse(String stored) {
        if (!looksLikeHash(stored)) {
            throw new IllegalArgumentException("not a " + PREFIX + " hash (expected " + PREFIX + "$iterations$salt$hash)");
        }
        String[] parts = stored.split("\\$", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("a " + PREFIX + " hash has 4 parts separated by $, found " + parts.length);
        }
        int iterations;
        try {
            iterations = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("iteration count is not a number");
        }
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iteration count must be between " + MIN_ITERATIONS + " and "
                    + MAX_ITERATIONS + " (was " + iterations + ")");
        }
        byte[] salt;
        byte[] hash;
        try {
            salt = Base64.getDecoder().decode(parts[2]);
            hash = Base64.getDecoder().decode(parts[3]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("salt or hash is not valid base64");
        }
        if (salt.length < 8 || hash.length < 16) {
            throw new IllegalArgumentException("salt or hash too short");
        }
        return new Parsed(iterations, salt, hash);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int bits) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            // Every Java 17 runtime ships this algorithm; reaching here means a broken JRE.
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Prints a hash of the argument, or of the first stdin line when there is no argument. */
    public static void main(String[] args) throws IOException {
        char[] password;
        if (args.length > 0) {
            password = args[0].toCharArray();
        } else {
            System.err.println("Password (one line):");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line = in.readLine();
            password = line == null ? new char[0] : line.toCharArray();
        }
        if (password.length == 0) {
            System.err.println("No password given: pass it as the argument or on stdin.");
            System.exit(2);
        }
        System.out.println(hash(password));
        Arrays.fill(password, '\0');
    }
}
