package au.chim.dashboard;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes, a keyed MAC of the last password that passed the slow PBKDF2 check, so
 * repeated HTTP Basic calls stay fast. The key lives only in memory, so the cache reveals nothing on disk.
 */
final class VerifiedCache {
    private static final Duration TTL = Duration.ofMinutes(5);
    private final SecretKeySpec key;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(byte[] mac, long expiresAtNanos) {
    }

    VerifiedCache() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        key = new SecretKeySpec(k, "HmacSHA256");
    }

    boolean contains(String user, char[] password) {
        Entry e = entries.get(user);
        return e != null && System.nanoTime() - e.expiresAtNanos < 0 && MessageDigest.isEqual(e.mac, mac(password));
    }

    void remember(String user, char[] password) {
        entries.put(user, new Entry(mac(password), System.nanoTime() + TTL.toNanos()));
    }

    void forget(String user) {
        entries.remove(user);
    }

    private byte[] mac(char[] password) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(key);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            m.update(bytes);
            return m.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
