package au.chim.notify;

import au.chim.notify.render.EmailRenderer;
import au.chim.notify.render.ItemView;
import au.chim.notify.render.RenderedEmail;
import au.chim.register.Issue;
import au.chim.register.IssueStatus;
import au.chim.register.IssueStore;
import au.chim.routing.Delivery;
import au.chim.routing.EscalationPolicy;
import au.chim.routing.PartyRouter;
import au.chim.routing.Recipient;
import au.chim.store.MonitorState;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reminds the responsible people of open, unacknowledged issues at the configured interval, and
 * escalates an issue still open after N business days to the escalation party (the Business
 * Contact by default), once. One reminder email and one escalation email per person per run.
 */
public class Escalations {
    private static final Logger LOG = LoggerFactory.getLogger(Escalations.class);
    private static final String REMINDED = "reminded";
    private static final String ESCALATED = "escalated";

    private final IssueStore issues;
    private final PartyRouter router;
    private final EscalationPolicy policy;
    private final EmailRenderer renderer;
    private final Outbox outbox;
    private final MonitorState state;
    private final Clock clock;

    public Escalations(IssueStore issues, PartyRouter router, EscalationPolicy policy, EmailRenderer renderer, Outbox outbox,
                       JdbcTemplate jdbc, Clock clock) {
        this.issues = issues;
        this.router = router;
        this.policy = policy;
        this.renderer = renderer;
        this.outbox = outbox;
        this.state = new MonitorState(jdbc);
        this.clock = clock;
    }

    /** Returns how many emails were written. */
    public int run() {
        Instant now = clock.instant();
        Map<String, Instant> reminded = state.writtenAt(REMINDED);
        Map<String, Instant> escalated = state.writtenAt(ESCALATED);
        List<Recipient> escalationParty = router.recipientsOf(policy.settings().party());
        Map<Recipient, List<ItemView>> reminders = new LinkedHashMap<>();
        Map<Recipient, List<ItemView>> escalations = new LinkedHashMap<>();
        List<Long> remindedIds = new ArrayList<>();
        List<Long> escalatedIds = new ArrayList<>();
        for (Issue issue : issues.query("WHERE status IN ('NEW', 'OPEN', 'ACKNOWLEDGED')")) {
            boolean acknowledged = issue.status() == IssueStatus.ACKNOWLEDGED;
            String key = String.valueOf(issue.id());
            if (!escalationParty.isEmpty() && policy.decide(escalationParty.get(0), issue.firstSeen(), acknowledged, reminded.get(key),
                    escalated.get(key), now) == EscalationPolicy.Action.ESCALATE) {
                for (Recipient r : escalationParty) {
                    escalations.computeIfAbsent(r, k -> new ArrayList<>()).add(renderer.brief(issue, "It has been open over "
                            + policy.settings().afterBusinessDays() + " business days, and you receive escalations", r.schedule().zone(), now));
                }
                escalatedIds.add(issue.id());
                continue;
            }
            boolean remindedThis = false;
            for (Delivery d : router.route(issue)) {
                if (policy.decide(d.recipient(), issue.firstSeen(), acknowledged, reminded.get(key), escalated.get(key), now)
                        == EscalationPolicy.Action.REMIND) {
                    reminders.computeIfAbsent(d.recipient(), k -> new ArrayList<>()).add(renderer.brief(issue, d.reason(), d.recipient().schedule().zone(), now));
                    remindedThis = true;
                }
            }
            if (remindedThis) {
                remindedIds.add(issue.id());
            }
        }
        int written = 0;
        for (var e : reminders.entrySet()) {
            written += write("REMINDER", e.getKey(), renderer.reminder(e.getKey(), e.getValue(), false, policy.settings().afterBusinessDays()), now);
        }
        for (var e : escalations.entrySet()) {
            written += write("ESCALATION", e.getKey(), renderer.reminder(e.getKey(), e.getValue(), true, policy.settings().afterBusinessDays()), now);
        }
        remindedIds.forEach(id -> mark(REMINDED, id, now));
        escalatedIds.forEach(id -> mark(ESCALATED, id, now));
        return written;
    }

    private int write(String kind, Recipient r, RenderedEmail email, Instant now) {
        RenderedEmail.Attachment a = email.attachment();
        boolean ok = outbox.write(new OutboxMail(kind, kind.toLowerCase() + ":" + r.id() + ":" + now.toEpochMilli(), r.id(), r.email(), email.subject(),
                email.text(), email.html(), a == null ? null : a.name(), a == null ? null : a.contentType(), a == null ? null : a.content())).isPresent();
        if (ok) {
            LOG.info("{} email for {}", kind.toLowerCase(), r.id());
        }
        return ok ? 1 : 0;
    }

    private void mark(String owner, long issueId, Instant now) {
        state.put(owner, String.valueOf(issueId), null, now);
    }
}
