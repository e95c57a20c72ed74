package au.chim.notify.act;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks action links with the installation's secret: HMAC-SHA256 over issue, action, recipient,
 * expiry and link id, cut to 128 bits to keep links short. The form on a link's page carries a second HMAC
 * bound to that link, so a form posted from anywhere else is refused.
 */
public final class ActionSigner {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final int MAC_BYTES = 16;

    private final byte[] secret;
    private final Clock clock;
    private final Duration validFor;
    private final SecureRandom random = new SecureRandom();

    public ActionSigner(byte[] secret, Clock clock, Duration validFor) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the action-link secret must have at least 32 bytes");
        }
        this.secret = secret.clone();
        this.clock = clock;
        this.validFor = validFor;
    }

    /** A new link's token for this recipient: {@code <payload>.<mac>}. */
    public String sign(long issueId, ActionKind action, String recipientId) {
        byte[] id = new byte[9];
        random.nextBytes(id);
        ActionToken t = new ActionToken(issueId, action, recipientId, clock.instant().plus(validFor), B64.encodeToString(id));
        String payload = t.payload();
        return payload + "." + mac("link|" + payload);
    }

    /** Why a link does not work, in words for the page. */
    public enum Refusal { FORGED, EXPIRED }

    /** The link's content when its signature holds and it has not expired; otherwise why not. */
    public Checked check(String token) {
        int dot = token == null ? -1 : token.lastIndexOf('.');
        if (dot <= 0 || token.length() > 600) {
            return new Checked(null, Refusal.FORGED);
        }
        String payload = token.substring(0, dot);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, mac("link|" + payload).getBytes(StandardCharsets.US_ASCII))) {
            return new Checked(null, Refusal.FORGED);
        }
        Optional<ActionToken> t = ActionToken.parse(payload);
        if (t.isEmpty()) {
            return new Checked(null, Refusal.FORGED);
        }
        if (!clock.instant().isBefore(t.get().expires())) {
            return new Checked(t.get(), Refusal.EXPIRED);
        }
        return new Checked(t.get(), null);
    }

    /** The form token for a link's page: only a page the monitor served for this very link has it. */
    public String csrf(String token) {
        return mac("form|" + token);
    }

    public boolean csrfMatches(String token, String given) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII),
                csrf(token).getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(String data) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(secret, "HmacSHA256"));
            return B64.encodeToString(Arrays.copyOf(m.doFinal(data.getBytes(StandardCharsets.UTF_8)), MAC_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** @param refusal null when the link may be used */
    public record Checked(ActionToken token, Refusal refusal) {
        public boolean ok() {
            return refusal == null;
        }
    }
}
