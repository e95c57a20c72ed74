package au.chim.register;

import au.chim.finding.Finding;
import au.chim.finding.FindingSnapshot;
import au.chim.finding.Severity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns findings into issue lifecycle transitions. Event findings are upserted one by one; a
 * snapshot also resolves the open issues of its scope that it no longer contains. Each call is one
 * transaction, and calls are serialised so two detectors can never race on one fingerprint.
 */
public class FindingRegister {
    private static final Logger LOG = LoggerFactory.getLogger(FindingRegister.class);

    private final IssueStore store;
    private final TransactionTemplate tx;
    /** One savepoint per finding: a value the store refuses fails that finding, never the rest of the snapshot. */
    private final TransactionTemplate savepoint;
    private final Clock clock;
    private final Duration flapWindow;

    public FindingRegister(IssueStore store, TransactionTemplate tx, Clock clock, Duration flapWindow) {
        this.store = store;
        this.tx = tx;
        this.savepoint = new TransactionTemplate(tx.getTransactionManager());
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
        this.flapWindow = flapWindow;
    }

    /**
     * Accepts what detectors send to {@code direct:register}: a Finding, a FindingSnapshot, or a collection of either.
     * Joins the caller's transaction when there is one (the hand-off to the alert queue commits with it).
     */
    public synchronized List<Transition> register(Object body) {
        List<Transition> result = tx.execute(status -> {
            List<Transition> out = new ArrayList<>();
            accept(body, out);
            return out;
        });
        result.forEach(t -> LOG.info("issue {} {} -> {}", t.issue().id(), t.issue().fingerprint(), t.type()));
        return result;
    }

    private void accept(Object body, List<Transition> out) {
        if (body instanceof FindingSnapshot snapshot) {
            snapshot(snapshot, out);
        } else if (body instanceof Finding finding) {
            isolated(finding, null, out);
        } else if (body instanceof Collection<?> items) {
            for (Object item : items) {
                accept(item, out);
            }
        } else if (body != null) {
            throw new IllegalArgumentException("direct:register accepts Finding, FindingSnapshot or a collection of them, not "
                    + body.getClass().getName());
        }
    }

    private void snapshot(FindingSnapshot snapshot, List<Transition> out) {
        Map<String, Finding> current = new LinkedHashMap<>();
        snapshot.findings().forEach(f -> current.putIfAbsent(Fingerprints.stored(f.fingerprint()), f));
        for (Finding f : current.values()) {
            isolated(f, snapshot.scope(), out);
        }
        Instant now = clock.instant();
        for (Issue open : store.openInScope(snapshot.scope())) {
            if (!current.containsKey(open.fingerprint())) {
                store.setStatus(open.id(), IssueStatus.RESOLVED, now);
                store.audit(open.id(), "RESOLVED", open.status(), IssueStatus.RESOLVED, snapshot.scope(),
                        snapshot.note() != null ? snapshot.note() : "no longer reported by " + snapshot.scope(), now);
                out.add(new Transition(Transition.Type.RESOLVED, reload(open.id()), true));
            }
        }
    }

    /**
     * A finding the store cannot take (a value over a column's size, a broken constraint) is logged as an ERROR
     * naming it and left out; its fingerprint stays in the snapshot, so its open issue is not resolved by mistake.
     */
    private void isolated(Finding f, String scope, List<Transition> out) {
        List<Transition> mine = new ArrayList<>();
        try {
            savepoint.executeWithoutResult(s -> upsert(f, scope, mine));
            out.addAll(mine);
        } catch (DataAccessException e) {
            LOG.error("finding {} from {} not registered, the store refused it: {}", f.fingerprint(), f.source(),
                    e.getMostSpecificCause().getMessage());
        }
    }

    private void upsert(Finding f, String scope, List<Transition> out) {
        Instant now = clock.instant();
        String actor = f.source() == null ? "detector" : f.source();
        Issue existing = store.byFingerprint(f.fingerprint()).orElse(null);
        if (existing == null) {
            long id = store.insert(f, scope, now);
            store.audit(id, "NEW", null, IssueStatus.NEW, actor, f.summary(), now);
            out.add(new Transition(Transition.Type.NEW, reload(id), true));
        } else if (existing.status() == IssueStatus.RESOLVED) {
            store.seenAgain(existing.id(), f, scope, IssueStatus.OPEN, now, true);
            // A CRITICAL problem is news every time it comes back: an outage that returns must reach IT.
            boolean flapping = f.severity() != Severity.CRITICAL
                    && existing.resolvedAt() != null && existing.resolvedAt().plus(flapWindow).isAfter(now);
            store.audit(existing.id(), "REOPENED", IssueStatus.RESOLVED, IssueStatus.OPEN, actor,
                    flapping ? "back within the flap window; not notified again" : f.summary(), now);
            out.add(new Transition(Transition.Type.REOPENED, reload(existing.id()), !flapping));
        } else if (existing.status() == IssueStatus.SNOOZED && existing.snoozedUntil() != null && !existing.snoozedUntil().isAfter(now)) {
            store.seenAgain(existing.id(), f, scope, IssueStatus.OPEN, now, true);
            store.audit(existing.id(), "UNSNOOZED", IssueStatus.SNOOZED, IssueStatus.OPEN, actor, "snooze expired and still present", now);
            out.add(new Transition(Transition.Type.UNSNOOZED, reload(existing.id()), true));
        } else {
            IssueStatus next = existing.status() == IssueStatus.NEW ? IssueStatus.OPEN : existing.status();
            store.seenAgain(existing.id(), f, scope, next, now, false);
            if (next != existing.status()) {
                store.audit(existing.id(), "OPEN", existing.status(), next, actor, "seen again", now);
            }
        }
    }

    private Issue reload(long id) {
        return store.byId(id).orElseThrow();
    }
}
