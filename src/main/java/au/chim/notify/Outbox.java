package au.chim.notify;

import au.chim.store.StoreTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The persisted outbox. An email is a row before it is a send attempt, so an SMTP outage or a
 * restart loses nothing; a row becomes SENT only after the SMTP server accepted it, and the
 * Message-ID is fixed at write time so a resend after a crash in that last instant is recognisable
 * as the same email by every mail client.
 */
public class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final int maxAttempts;
    private final String messageIdDomain;
    /** Makes the store's commits durable before an email leaves and after its SENT mark (see Databases.syncPoint). */
    private final Runnable syncPoint;
    private volatile String lastErrorLogged;
    /** First failed send since the last accepted one; null while the relay accepts mail. Kept in memory: a restart retries. */
    private volatile Instant failingSince;

    public Outbox(JdbcTemplate jdbc, Clock clock, Duration firstRetry, Duration maxRetry, int maxAttempts, String messageIdDomain,
                  Runnable syncPoint) {
        this.syncPoint = syncPoint;
        this.jdbc = jdbc;
        this.clock = clock;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
        this.maxAttempts = maxAttempts;
        this.messageIdDomain = messageIdDomain;
    }

    /** Writes the email; returns its id, or empty when an email with the same dedup key exists already. */
    public Optional<Long> write(OutboxMail m) {
        Instant now = clock.instant();
        String messageId = "<" + UUID.randomUUID() + "@" + messageIdDomain + ">";
        try {
            jdbc.update("INSERT INTO monitor_outbox (kind, dedup_key, recipient_id, recipient_email, subject, body_text, body_html, "
                            + "attachment_name, attachment_type, attachment_body, status, attempts, next_attempt_at, message_id, created_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)",
                    m.kind(), m.dedupKey(), m.recipientId(), m.recipientEmail(), m.subject(), m.bodyText(), m.bodyHtml(),
                    m.attachmentName(), m.attachmentType(), m.attachmentBody(), StoreTime.utc(now), messageId, StoreTime.utc(now));
        } catch (DuplicateKeyException e) {
            LOG.info("outbox already holds {}; not written twice", m.dedupKey());
            return Optional.empty();
        }
        return Optional.of(jdbc.queryForObject("SELECT id FROM monitor_outbox WHERE dedup_key = ?", Long.class, m.dedupKey()));
    }

    /** Rows whose next attempt is due, oldest first; what they are built from is on disk before any is sent. */
    public List<OutboxMessage> due(int limit) {
        List<OutboxMessage> due = jdbc.query("SELECT TOP (?) id, kind, dedup_key, recipient_id, recipient_email, subject, body_text, body_html, attachment_name, "
                        + "attachment_type, attachment_body, message_id, attempts FROM monitor_outbox "
                        + "WHERE status = 'PENDING' AND next_attempt_at <= ? ORDER BY next_attempt_at, id",
                (rs, i) -> new OutboxMessage(rs.getLong("id"),
                        new OutboxMail(rs.getString("kind"), rs.getString("dedup_key"), rs.getString("recipient_id"),
                                rs.getString("recipient_email"), rs.getString("subject"), rs.getString("body_text"),
                                rs.getString("body_html"), rs.getString("attachment_name"), rs.getString("attachment_type"),
                                rs.getString("attachment_body")),
                        rs.getString("message_id"), rs.getInt("attempts")),
                limit, StoreTime.utc(clock.instant()));
        if (!due.isEmpty()) {
            syncPoint.run();
        }
        return due;
    }

    public void markSent(long id) {
        jdbc.update("UPDATE monitor_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?",
                StoreTime.utc(clock.instant()), id);
        syncPoint.run();
        failingSince = null;
        if (lastErrorLogged != null) {
            LOG.info("smtp accepting mail again (last error was: {})", lastErrorLogged);
            lastErrorLogged = null;
        }
    }

    /** Exponential back-off from the first retry delay up to the cap; FAILED after the last attempt. */
    public void markFailed(long id, Throwable error) {
        Integer attempts = jdbc.queryForObject("SELECT attempts FROM monitor_outbox WHERE id = ?", Integer.class, id);
        int next = attempts == null ? 1 : attempts + 1;
        long factor = 1L << Math.min(next - 1, 20);
        Duration delay = firstRetry.multipliedBy(factor);
        if (delay.compareTo(maxRetry) > 0) {
            delay = maxRetry;
        }
        String status = next >= maxAttempts ? "FAILED" : "PENDING";
        String message = describe(error);
        if (failingSince == null) {
            failingSince = clock.instant();
        }
        jdbc.update("UPDATE monitor_outbox SET attempts = ?, status = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
                next, status, StoreTime.utc(clock.instant().plus(delay)), message, id);
        if (!message.equals(lastErrorLogged)) {
            LOG.warn("outbox {} not sent (attempt {}, next in {}): {}", id, next, delay, message);
            lastErrorLogged = message;
        }
    }

    /** Since when every send failed, with the last error; empty while the SMTP relay accepts mail. */
    public Optional<SmtpFailure> failing() {
        Instant since = failingSince;
        return since == null ? Optional.empty() : Optional.of(new SmtpFailure(since, lastErrorLogged));
    }

    public record SmtpFailure(Instant since, String lastError) {
    }

    /** Operator action: put FAILED rows (one, or all when id is null) back in the queue now. */
    public int retry(Long id) {
        java.time.LocalDateTime now = StoreTime.utc(clock.instant());
        return id == null
                ? jdbc.update("UPDATE monitor_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ? WHERE status = 'FAILED'", now)
                : jdbc.update("UPDATE monitor_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ? WHERE id = ? AND status = 'FAILED'", now, id);
    }

    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + ": " + root.getMessage();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
