package au.chim.notify.act;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.store.Databases;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A used link's record is kept while the link could still be presented, and forgotten once its expiry refuses it. */
class UsedTokensTest {
    private static final Instant SENT = Instant.parse("2026-03-02T00:00:00Z");
    private static final byte[] SECRET = "a per-install secret of 32 bytes".getBytes(StandardCharsets.UTF_8);

    @Test
    void expiredLinksAreForgottenAndStillRefusedWhileUnexpiredOnesStayUsed() {
        DriverManagerDataSource ds = new DriverManagerDataSource(
                "jdbc:h2:mem:used-tokens;MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        Databases.migrate(ds);
        UsedTokens used = new UsedTokens(new JdbcTemplate(ds));
        ActionSigner weekOld = new ActionSigner(SECRET, Clock.fixed(SENT, ZoneOffset.UTC), Duration.ofDays(7));
        ActionSigner today = new ActionSigner(SECRET, Clock.fixed(SENT.plus(Duration.ofDays(6)), ZoneOffset.UTC), Duration.ofDays(7));
        String oldLink = weekOld.sign(1, ActionKind.ACKNOWLEDGE, "accounts-team");
        String newLink = today.sign(2, ActionKind.ACKNOWLEDGE, "accounts-team");
        assertTrue(used.claim(weekOld.check(oldLink).token(), SENT));
        assertTrue(used.claim(today.check(newLink).token(), SENT.plus(Duration.ofDays(6))));

        Instant later = SENT.plus(Duration.ofDays(8));
        assertEquals(1, used.forgetExpired(later), "only the link past its expiry is forgotten");
        assertFalse(used.used(weekOld.check(oldLink).token()));
        ActionSigner atLater = new ActionSigner(SECRET, Clock.fixed(later, ZoneOffset.UTC), Duration.ofDays(7));
        assertEquals(ActionSigner.Refusal.EXPIRED, atLater.check(oldLink).refusal(), "without its record the old link is still refused");
        assertTrue(used.used(today.check(newLink).token()));
        assertFalse(used.claim(today.check(newLink).token(), later), "a link still valid keeps working only once");
    }
}
