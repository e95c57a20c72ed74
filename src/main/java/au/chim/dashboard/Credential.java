package au.chim.dashboard;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A stored secret: a PBKDF2 hash from the users file, or a password supplied by the environment or the demo. */
abstract class Credential {
    // Lazily built so that a store without unknown-user logins never pays for it.
    private static volatile String dummyHash;

    abstract boolean matches(char[] password);

    static Credential hash(String stored) {
        return new Credential() {
            @Override
            boolean matches(char[] password) {
                return PasswordHashes.verify(password, stored);
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
        };
    }

    /** Spends as long as a real check so the response time does not reveal which user names exist. */
    static void burnTime(char[] password) {
        String h = dummyHash;
        if (h == null) {
            h = PasswordHashes.hash("not-a-user".toCharArray());
            dummyHash = h;
        }
        PasswordHashes.verify(password, h);
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
