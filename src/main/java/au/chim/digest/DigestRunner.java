package au.chim.digest;

import au.chim.notify.Outbox;
import au.chim.notify.OutboxMail;
import au.chim.notify.render.RenderedEmail;
import au.chim.register.Issue;
import au.chim.register.IssueStore;
import au.chim.routing.BusinessCalendar;
import au.chim.routing.PartyRouter;
import au.chim.routing.Recipient;
import au.chim.store.MonitorState;
import au.chim.store.StoreTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes each recipient's daily digest to the outbox once per digest slot (the digest time on one of
 * the recipient's business days). The cron and the start-up catch-up both call {@link #runDue()}:
 * a slot that was missed because the monitor was down is sent once when it comes back, and a slot
 * already written is never written again (the outbox refuses a second digest:&lt;recipient&gt;:&lt;date&gt;).
 */
public class DigestRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DigestRunner.class);
    static final String STATE_OWNER = "digest";
    /** Resolved issues older than this are not listed even for a recipient who never had a digest. */
    private static final Duration FIRST_DIGEST_LOOKBACK = Duration.ofDays(7);

    private final DigestBuilder builder;
    private final PartyRouter router;
    private final BusinessCalendar calendar;
    private final IssueStore issues;
    private final MonitorState state;
    private final Outbox outbox;
    private final Clock clock;
    private final ZoneId zone;
    private final LocalTime at;

    public DigestRunner(DigestBuilder builder, PartyRouter router, BusinessCalendar calendar, IssueStore issues, JdbcTemplate jdbc,
                        Outbox outbox, Clock clock, ZoneId zone, LocalTime at) {
        this.builder = builder;
        this.router = router;
        this.calendar = calendar;
        this.issues = issues;
        this.state = new MonitorState(jdbc);
        this.outbox = outbox;
        this.clock = clock;
        this.zone = zone;
        this.at = at;
    }

    /** Writes the digests whose latest slot has not been sent yet; returns how many. */
    public int runDue() {
        return run(false);
    }

    /**
     * The start-up catch-up: the missed slot of the recipients named in config/recipients.yaml only. A dynamic
     * recipient (a contract's supervisor) exists only through today's issues, so a "missed" digest for each would
     * mail hundreds of people after every restart.
     */
    public int runMissed() {
        return run(true);
    }

    private int run(boolean fixedOnly) {
        Instant now = clock.instant();
        DigestIndex index = builder.index(candidates(now));
        int written = 0;
        for (Recipient r : index.recipients()) {
            if (fixedOnly && r.dynamic()) {
                continue;
            }
            Optional<LocalDate> slot = latestSlot(r, now);
            Instant last = lastDigest(r.id());
            if (slot.isEmpty() || (last != null && !last.isBefore(slot.get().atTime(at).atZone(zone).toInstant()))) {
                continue;
            }
            try {
                if (write(r, builder.build(r, index.issuesFor(r.id()), last, now), "digest:" + r.id() + ":" + slot.get(), now)) {
                    written++;
                }
            } catch (RuntimeException e) {
                // One recipient's digest that cannot be written (a value the store refuses) never stops the others'.
                LOG.error("digest for {} not written: {}", r.id(), e instanceof org.springframework.dao.DataAccessException d
                        ? d.getMostSpecificCause().getMessage() : e.toString());
            }
        }
        return written;
    }

    /** Operator action: a digest for one recipient now, whatever the schedule. */
    public boolean sendNow(String recipientId) {
        Instant now = clock.instant();
        Recipient r = router.recipient(recipientId).orElseThrow(() -> new java.util.NoSuchElementException("no recipient " + recipientId));
        DigestIndex index = builder.index(candidates(now));
        return write(r, builder.build(r, index.issuesFor(r.id()), lastDigest(r.id()), now), "digest:" + r.id() + ":manual:" + now, now);
    }

    /** The most recent digest date at or before now that is one of the recipient's business days (two weeks back at most). */
    Optional<LocalDate> latestSlot(Recipient r, Instant now) {
        LocalDate day = now.atZone(zone).toLocalDate();
        if (now.isBefore(day.atTime(at).atZone(zone).toInstant())) {
            day = day.minusDays(1);
        }
        for (int i = 0; i < 14; i++, day = day.minusDays(1)) {
            if (calendar.isBusinessDay(r.schedule(), day)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    private List<Issue> candidates(Instant now) {
        Instant since = state.earliest(STATE_OWNER).orElse(now.minus(FIRST_DIGEST_LOOKBACK));
        // the digest's trends look back 30 days (chronic offenders) whatever the last digest was
        Instant month = now.minus(TrendsOf.CHRONIC_WINDOW);
        since = since.isBefore(month) ? since : month;
        return issues.query("WHERE status <> 'RESOLVED' OR resolved_at >= ?", StoreTime.utc(since));
    }

    private boolean write(Recipient r, RenderedEmail email, String dedupKey, Instant now) {
        RenderedEmail.Attachment a = email.attachment();
        boolean written = outbox.write(new OutboxMail("DIGEST", dedupKey, r.id(), r.email(), email.subject(), email.text(), email.html(),
                a == null ? null : a.name(), a == null ? null : a.contentType(), a == null ? null : a.content())).isPresent();
        state.put(STATE_OWNER, r.id(), dedupKey, now);
        if (written) {
            LOG.info("digest {} written for {} ({} chars)", dedupKey, r.id(), email.size());
        }
        return written;
    }

    private Instant lastDigest(String recipientId) {
        return state.writtenAt(STATE_OWNER, recipientId).orElse(null);
    }
}
