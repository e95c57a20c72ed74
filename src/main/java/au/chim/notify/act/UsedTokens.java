package au.chim.notify.act;

import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Links already used (monitor_act_token, migration V14_1): the primary key makes a second use fail, even from two requests at once. */
public final class UsedTokens {
    private final JdbcTemplate jdbc;

    public UsedTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean used(ActionToken t) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM monitor_act_token WHERE token_id = ?", Integer.class, t.tokenId());
        return n != null && n > 0;
    }

    /** Marks the link used; false when it was used already (the action must then not happen). */
    public boolean claim(ActionToken t, Instant now) {
        try {
            jdbc.update("INSERT INTO monitor_act_token (token_id, issue_id, action, recipient_id, expires_at, used_at) VALUES (?, ?, ?, ?, ?, ?)",
                    t.tokenId(), t.issueId(), t.action().name(), t.recipientId(), au.chim.store.StoreTime.utc(t.expires()), au.chim.store.StoreTime.utc(now));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Deletes the rows of links that expired before {@code now}: their signature's expiry refuses them without a row. */
    public int forgetExpired(Instant now) {
        return jdbc.update("DELETE FROM monitor_act_token WHERE expires_at < ?", au.chim.store.StoreTime.utc(now));
    }
}
