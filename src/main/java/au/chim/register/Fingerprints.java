package au.chim.register;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint as the store keeps it. A fingerprint is built from ClickHome keys of any length, but
 * SQL Server's unique key holds 450 characters: a longer one keeps its readable start and ends with the
 * SHA-256 of the whole, so two different long keys never share an issue and the same one always finds it.
 */
public final class Fingerprints {
    /** monitor_issue.fingerprint is NVARCHAR(450). */
    public static final int MAX = 450;
    private static final int HASH_CHARS = 64;

    private Fingerprints() {
    }

    public static String stored(String fingerprint) {
        if (fingerprint == null || fingerprint.length() <= MAX) {
            return fingerprint;
        }
        String head = fingerprint.substring(0, MAX - HASH_CHARS - 1);
        if (Character.isHighSurrogate(head.charAt(head.length() - 1))) {
            head = head.substring(0, head.length() - 1);
        }
        return head + "#" + sha256(fingerprint);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
