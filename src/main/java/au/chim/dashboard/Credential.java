package au.chim.dashboard;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A stored secret: a PBKDF2 hash from the users file, or a password supplied by the environment or the demo. */
abstract class Credential {
    abstract boolean matches(char[] password);

    /**
     * A credential of the same kind and cost that no password matches: checking an unknown user name against it
     * takes as long as checking a known one, so the response time does not tell which names exist.
     */
    abstract Credential decoy();

    static Credential hash(String stored) {
        return new Credential() {
            @Override
            boolean matches(char[] password) {
                return PasswordHashes.verify(password, stored);
            }

            @Override
            Credential decoy() {
                return hash(PasswordHashes.hash(randomSecret(), PasswordHashes.iterations(stored)));
            }
        };
    }

    /** Keeps only a SHA-256 of the plain password, compared in constant time. */
    static Credential plain(String password) {
        byte[] expected = sha256(password.toCharArray());
        return new Credential() {
            @Override
            boolean matches(char[] candidate) {
                return MessageDigest.isEqual(expected, sha256(candidate));
            }

            @Override
            Credential decoy() {
                return plain(new String(randomSecret()));
            }
        };
    }

    private static char[] randomSecret() {
        byte[] b = new byte[24];
        new java.security.SecureRandom().nextBytes(b);
        return java.util.Base64.getEncoder().encodeToString(b).toCharArray();
    }

    static byte[] sha256(char[] chars) {
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(bytes);
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
