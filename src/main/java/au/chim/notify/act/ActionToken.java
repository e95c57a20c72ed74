package au.chim.notify.act;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * What a signed link says: this recipient may take this action on this issue until this time, once.
 *
 * @param tokenId random id of the link, stored when it is used so that it works only once
 */
public record ActionToken(long issueId, ActionKind action, String recipientId, Instant expires, String tokenId) {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    public ActionToken {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(tokenId, "tokenId");
        if (recipientId.indexOf('|') >= 0 || tokenId.indexOf('|') >= 0) {
            throw new IllegalArgumentException("'|' separates the fields of a link");
        }
    }

    /** The signed part of the link: issue, action, expiry, id and recipient. */
    String payload() {
        String plain = issueId + "|" + action.code() + "|" + Long.toString(expires.getEpochSecond(), 36) + "|" + tokenId + "|" + recipientId;
        return B64.encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a payload back; empty for anything that is not one (the signature was checked before). */
    static Optional<ActionToken> parse(String payload) {
        try {
            String[] p = new String(B64D.decode(payload), StandardCharsets.UTF_8).split("\\|", 5);
            if (p.length != 5) {
                return Optional.empty();
            }
            return ActionKind.of(p[1]).map(kind -> new ActionToken(Long.parseLong(p[0]), kind, p[4],
                    Instant.ofEpochSecond(Long.parseLong(p[2], 36)), p[3]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
