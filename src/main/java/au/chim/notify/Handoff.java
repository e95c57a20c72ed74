package au.chim.notify;

import au.chim.register.FindingRegister;
import au.chim.register.IssueStore;
import au.chim.register.Transition;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one consumer of {@code direct:register}: the register's transitions and the alert items they
 * cause are committed in ONE transaction, so a crash between the two can lose neither. Each
 * transition is queued under its own savepoint: one the store refuses (an over-long address, a broken
 * row) is logged as an ERROR naming the issue and flagged on the issue, and the rest of the snapshot
 * is queued as usual.
 */
public class Handoff {
    private static final Logger LOG = LoggerFactory.getLogger(Handoff.class);

    private final FindingRegister register;
    private final AlertQueue queue;
    private final IssueStore issues;
    private final TransactionTemplate tx;
    private final TransactionTemplate savepoint;
    private final Clock clock;
    private final Runnable syncPoint;

    /** @param syncPoint run after a commit that changed an issue's lifecycle, so a kill -9 cannot forget it (Databases.syncPoint) */
    public Handoff(FindingRegister register, AlertQueue queue, IssueStore issues, TransactionTemplate tx, Clock clock, Runnable syncPoint) {
        this.syncPoint = syncPoint;
        this.register = register;
        this.queue = queue;
        this.issues = issues;
        this.tx = tx;
        this.savepoint = new TransactionTemplate(tx.getTransactionManager());
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
    }

    /** Registers what a detector sent and queues its alerts; returns how many alert items were queued. */
    public synchronized int register(Object body) {
        int[] transitions = {0};
        Integer queued = tx.execute(s -> {
            int n = 0;
            for (Transition t : register.register(body)) {
                n += queue(t);
                transitions[0]++;
            }
            return n;
        });
        if (transitions[0] > 0) {
            syncPoint.run();
        }
        return queued == null ? 0 : queued;
    }

    private int queue(Transition t) {
        long id = t.issue().id();
        try {
            Integer n = savepoint.execute(s -> queue.enqueue(List.of(t)));
            if (t.notifies()) {
                issues.clearNotifyError(id);
            }
            return n == null ? 0 : n;
        } catch (DataAccessException | IllegalArgumentException e) {
            String cause = e instanceof DataAccessException d ? d.getMostSpecificCause().getMessage() : e.getMessage();
            LOG.error("issue {} {} ({}): its {} notification could not be queued and nobody is told: {}", id, t.issue().fingerprint(),
                    t.issue().severity(), t.type(), cause);
            issues.flagNotifyError(id, t.type() + " not queued: " + cause, clock.instant());
            issues.audit(id, "NOT_NOTIFIED", t.issue().status(), t.issue().status(), "register", cause, clock.instant());
            return 0;
        }
    }
}
