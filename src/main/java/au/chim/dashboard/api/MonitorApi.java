package au.chim.dashboard.api;

import au.chim.detect.clickhome.ClickHomeChecks;
import au.chim.notify.Outbox;
import au.chim.register.Issue;
import au.chim.register.IssueOperations;
import au.chim.routing.PartyRouter;
import au.chim.routing.RoutingFacts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.apache.camel.Exchange;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The handlers behind routes/60-api.camel.yaml. Bad input answers 400, an unknown id 404, an action
 * that does not fit the issue's state 409, each with a one-line JSON error; nothing else leaks.
 */
public class MonitorApi {
    private static final org.slf4j.Logger AUDIT = org.slf4j.LoggerFactory.getLogger("au.chim.audit");
    private final IssueOperations issues;
    private final PartyRouter router;
    private static final String OUTBOX_PAGE = "SELECT id, kind, recipient_id, recipient_email, subject, status, attempts, "
            + "next_attempt_at, last_error, created_at, sent_at FROM monitor_outbox ";
    private final Outbox outbox;
    private final ClickHomeChecks checks;
    private final JdbcTemplate store;
    private final Clock clock;

    public MonitorApi(IssueOperations issues, PartyRouter router, Outbox outbox, ClickHomeChecks checks, JdbcTemplate store, Clock clock) {
        this.issues = issues;
        this.router = router;
        this.outbox = outbox;
        this.checks = checks;
        this.store = store;
        this.clock = clock;
    }

    public Object issues(Exchange ex) {
        return answer(ex, () -> {
            String party = header(ex, "party");
            List<Issue> found = issues.search(header(ex, "status"), header(ex, "category"), header(ex, "severity"), header(ex, "q"),
                    ex.getMessage().getHeader("limit", Integer.class));
            return party == null ? found : found.stream().filter(i -> router.partiesFor(RoutingFacts.of(i)).contains(party)).toList();
        });
    }

    public Object acknowledge(Exchange ex) {
        return answer(ex, () -> issues.acknowledge(id(ex), actor(ex), body(ex).text()));
    }

    public Object resolve(Exchange ex) {
        return answer(ex, () -> issues.resolve(id(ex), actor(ex), body(ex).text()));
    }

    public Object reopen(Exchange ex) {
        return answer(ex, () -> issues.reopen(id(ex), actor(ex), body(ex).text()));
    }

    public Object snooze(Exchange ex) {
        return answer(ex, () -> {
            ActionRequest r = body(ex);
            Instant until = r.until() != null ? instant(r.until())
                    : r.hours() != null ? clock.instant().plus(Duration.ofHours(r.hours())) : null;
            return issues.snooze(id(ex), actor(ex), until, r.text());
        });
    }

    /**
     * GET /outbox?status=&page=&size=: newest first, one page (size 1-500, default 200) with the number of emails that
     * match in the X-Total-Count header, so a client sees there is more than one page without the body changing shape.
     */
    public Object outboxRows(Exchange ex) {
        // OUTBOX_PAGE + a WHERE/ORDER tail: whole statements, so the T-SQL guard test reads every one
        return answer(ex, () -> {
            String status = header(ex, "status");
            int size = bounded(header(ex, "size"), 200, 1, 500, "size");
            int page = bounded(header(ex, "page"), 0, 0, Integer.MAX_VALUE / 500, "page");
            long offset = (long) page * size;
            if (status == null) {
                ex.getMessage().setHeader("X-Total-Count", store.queryForObject("SELECT COUNT(*) FROM monitor_outbox", Long.class));
                return store.queryForList(OUTBOX_PAGE + "ORDER BY id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", offset, size);
            }
            ex.getMessage().setHeader("X-Total-Count",
                    store.queryForObject("SELECT COUNT(*) FROM monitor_outbox WHERE status = ?", Long.class, status.toUpperCase()));
            return store.queryForList(OUTBOX_PAGE + "WHERE status = ? ORDER BY id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                    status.toUpperCase(), offset, size);
        });
    }

    private static int bounded(String raw, int fallback, int min, int max, String name) {
        if (raw == null) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(raw);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // answered below with the allowed range
        }
        throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + " (was " + raw + ")");
    }

    public Object retryOutbox(Exchange ex) {
        return answer(ex, () -> {
            Long id = ex.getMessage().getHeader("id") == null ? null : id(ex);
            // The outbox keeps no actor of its own, so the person is written to the audit log.
            AUDIT.info("{} via REST: retry {}", actor(ex), id == null ? "all failed outbox emails" : "outbox email " + id);
            return Map.of("requeued", outbox.retry(id));
        });
    }

    public Object detectors(Exchange ex) {
        return answer(ex, checks::status);
    }

    public Object runDetector(Exchange ex) {
        return answer(ex, () -> {
            String id = header(ex, "id");
            AUDIT.info("{} via REST: run check {} now", actor(ex), id);
            if (!checks.runNow(id)) {
                throw new NoSuchElementException("no check " + id);
            }
            return Map.of("scheduled", id);
        });
    }

    /** "Who gets this?": the rules and people a finding with these attributes would reach. */
    public Object explain(Exchange ex) {
        return answer(ex, () -> {
            RoutingFacts facts = RoutingFacts.fromQuery(header(ex, "code"), header(ex, "category"), header(ex, "severity"),
                    header(ex, "businessUnit"), header(ex, "supplierCode"), header(ex, "contractNo"), header(ex, "supervisorEmail"));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("parties", router.partiesFor(facts));
            out.put("rules", router.explain(facts));
            out.put("recipients", router.route(facts).stream().map(d -> Map.of("recipient", d.recipientId(), "email", d.email(),
                    "realTime", d.realTime(), "why", d.reason())).toList());
            return out;
        });
    }

    private static Object answer(Exchange ex, Supplier<Object> work) {
        return ApiAnswers.answer(ex, work);
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("until must be an ISO instant like 2026-11-23T07:00:00Z");
        }
    }

    private static long id(Exchange ex) {
        return ApiAnswers.id(ex);
    }

    private static String header(Exchange ex, String name) {
        return ApiAnswers.header(ex, name);
    }

    private static String actor(Exchange ex) {
        return ApiAnswers.actor(ex);
    }

    private static ActionRequest body(Exchange ex) {
        Object body = ex.getMessage().getBody();
        return body instanceof ActionRequest r ? r : ActionRequest.from(body);
    }
}
