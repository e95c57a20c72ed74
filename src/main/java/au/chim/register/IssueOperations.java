package au.chim.register;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an operator may do to an issue (acknowledge, snooze, resolve, reopen) and how they find
 * one. Every action is one transaction that writes the audit trail with the operator's name. The
 * REST API and the JMX beans both call this class, so they behave the same.
 */
public class IssueOperations {
    private static final Logger LOG = LoggerFactory.getLogger(IssueOperations.class);
    private static final int MAX_RESULTS = 1000;

    private final IssueStore store;
    private final TransactionTemplate tx;
    private final Clock clock;

    public IssueOperations(IssueStore store, TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * @param status   OPEN (anything not resolved, the default), RESOLVED, ALL, or one status name
     * @param text     business key or words: matched against the entity key (e.g. 24017/013, CONC03) and the summary
     */
    public List<Issue> search(String status, String category, String severity, String text, Integer limit) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        String s = status == null || status.isBlank() ? "OPEN" : status.trim().toUpperCase();
        switch (s) {
            case "OPEN" -> where.append(" AND status <> 'RESOLVED'");
            case "ALL" -> { }
            default -> {
                IssueStatus.valueOf(s);
                where.append(" AND status = ?");
                args.add(s);
            }
        }
        if (category != null && !category.isBlank()) {
            where.append(" AND category = ?");
            args.add(au.chim.finding.Category.fromId(category.trim()).id());
        }
        if (severity != null && !severity.isBlank()) {
            where.append(" AND severity = ?");
            args.add(au.chim.finding.Severity.valueOf(severity.trim().toUpperCase()).name());
        }
        if (text != null && !text.isBlank()) {
            where.append(" AND (entity_key = ? OR UPPER(summary) LIKE ? ESCAPE '\\')");
            args.add(text.trim());
            args.add("%" + text.trim().toUpperCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        int top = limit == null ? 200 : Math.max(1, Math.min(limit, MAX_RESULTS));
        where.append(" ORDER BY last_seen DESC, id DESC");
        List<Issue> all = store.query(where.toString(), args.toArray());
        return all.size() > top ? all.subList(0, top) : all;
    }

    public Optional<Issue> get(long id) {
        return store.byId(id);
    }

    public List<AuditEntry> history(long id) {
        return store.history(id);
    }

    public Issue acknowledge(long id, String actor, String note) {
        return act(id, actor, "ACKNOWLEDGED", note, issue -> {
            requireOpen(issue);
            store.acknowledge(id, actor, note, clock.instant());
            return IssueStatus.ACKNOWLEDGED;
        });
    }

    public Issue snooze(long id, String actor, Instant until, String reason) {
        if (until == null || !until.isAfter(clock.instant())) {
            throw new IllegalArgumentException("snooze needs a time in the future");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("snooze needs a reason");
        }
        return act(id, actor, "SNOOZED", reason + " (until " + until + ")", issue -> {
            requireOpen(issue);
            store.snooze(id, until, reason);
            return IssueStatus.SNOOZED;
        });
    }

    public Issue resolve(long id, String actor, String reason) {
        return act(id, actor, "RESOLVED", reason, issue -> {
            requireOpen(issue);
            store.setStatus(id, IssueStatus.RESOLVED, clock.instant());
            return IssueStatus.RESOLVED;
        });
    }

    public Issue reopen(long id, String actor, String reason) {
        return act(id, actor, "REOPENED", reason, issue -> {
            if (issue.status() != IssueStatus.RESOLVED) {
                throw new IllegalStateException("issue " + id + " is not resolved (" + issue.status() + ")");
            }
            store.setStatus(id, IssueStatus.OPEN, null);
            return IssueStatus.OPEN;
        });
    }

    private Issue act(long id, String actor, String transition, String reason, java.util.function.Function<Issue, IssueStatus> change) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("the operator's name is required");
        }
        return tx.execute(s -> {
            Issue issue = store.byId(id).orElseThrow(() -> new java.util.NoSuchElementException("no issue " + id));
            IssueStatus to = change.apply(issue);
            store.audit(id, transition, issue.status(), to, actor, reason, clock.instant());
            LOG.info("issue {} {} by {}", id, transition, actor);
            return store.byId(id).orElseThrow();
        });
    }

    private static void requireOpen(Issue issue) {
        if (issue.status() == IssueStatus.RESOLVED) {
            throw new IllegalStateException("issue " + issue.id() + " is resolved");
        }
    }
}
