package au.chim.notify.act;

import au.chim.finding.Text;
import au.chim.notify.render.Formats;
import au.chim.register.Issue;
import au.chim.register.IssueOperations;
import au.chim.register.IssueStatus;
import au.chim.register.IssueStore;
import au.chim.routing.Recipient;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens when a recipient confirms a signed link: acknowledge, re-check now ("Fixed"), or hand on
 * ("Not mine"). Each is audited with the recipient as the actor.
 */
public class ActActions {
    /** The answer page's wording. */
    public record Outcome(String title, String message) {
    }

    private final IssueOperations operations;
    private final IssueStore store;
    private final TransactionTemplate tx;
    private final Function<String, Optional<String>> recheck;
    private final HandOn handOn;
    private final Clock clock;

    /** @param recheck runs the check with this id now and waits for it; returns its error, empty when it ran */
    public ActActions(IssueOperations operations, IssueStore store, TransactionTemplate tx,
                      Function<String, Optional<String>> recheck, HandOn handOn, Clock clock) {
        this.operations = operations;
        this.store = store;
        this.tx = tx;
        this.recheck = recheck;
        this.handOn = handOn;
        this.clock = clock;
    }

    /** "Accounts Payable <accounts@builder.example> (email link)": the audit's actor. */
    static String actor(Recipient who) {
        return Text.oneLine(who.name() + " <" + who.email() + "> (email link)", 100);
    }

    public Outcome perform(ActionToken t, Recipient who, String reason, Issue issue) {
        return switch (t.action()) {
            case ACKNOWLEDGE -> acknowledge(issue, who);
            case FIXED -> fixed(issue, who);
            case NOT_MINE -> notMine(issue, who, reason);
        };
    }

    private Outcome acknowledge(Issue issue, Recipient who) {
        if (issue.status() == IssueStatus.RESOLVED) {
            return new Outcome("Already resolved", "This issue was resolved before you acknowledged it; nothing more to do.");
        }
        operations.acknowledge(issue.id(), actor(who), "Acknowledged from the email link");
        return new Outcome("Acknowledged", "Thank you. The issue is marked as being handled by you; reminders about it stop.");
    }

    private Outcome fixed(Issue issue, Recipient who) {
        Instant asked = clock.instant();
        String scope = issue.scope() == null ? "" : issue.scope();
        if (!scope.startsWith("check:")) {
            store.audit(issue.id(), "FIXED_REPORTED", issue.status(), issue.status(), actor(who),
                    "Reported fixed from the email link; this kind of issue is checked again on its own schedule", asked);
            return new Outcome("Noted", "Thank you. This kind of issue cannot be checked on demand; the monitor checks it "
                    + "again on its own schedule and resolves it when it is gone.");
        }
        Optional<String> error = recheck.apply(scope.substring("check:".length()));
        Issue after = store.byId(issue.id()).orElse(issue);
        String when = Formats.when(clock.instant(), who.schedule().zone());
        if (error.isPresent()) {
            store.audit(issue.id(), "FIXED_REPORTED", after.status(), after.status(), actor(who),
                    "Reported fixed; the check could not run: " + error.get(), asked);
            return new Outcome("Could not check now", "The check could not run (" + error.get() + "). The monitor tries again "
                    + "on its schedule and resolves the issue when it is gone.");
        }
        boolean gone = after.status() == IssueStatus.RESOLVED;
        store.audit(issue.id(), gone ? "FIXED_VERIFIED" : "FIXED_NOT_VERIFIED", after.status(), after.status(), actor(who),
                gone ? "Reported fixed; the check ran again and no longer finds it" : "Reported fixed; the check ran again and still finds it", asked);
        return gone ? new Outcome("Fixed, and checked", "The check ran again at " + when + " and no longer finds the problem. "
                + "The issue is resolved. Thank you.")
                : new Outcome("Still there", "The check ran again at " + when + " and still finds the problem: "
                + after.summary() + ". Please look again; the issue stays open.");
    }

    private Outcome notMine(Issue issue, Recipient who, String reason) {
        String why = Text.oneLine(reason, 500);
        return tx.execute(s -> {
            store.audit(issue.id(), "NOT_MINE", issue.status(), issue.status(), actor(who), why, clock.instant());
            int told = handOn.handOn(issue, who, why);
            return new Outcome("Handed on", "Thank you. " + (told == 0 ? "The monitor's operators see your reason in the issue's history."
                    : "Your reason was sent to the people who decide where this kind of issue goes."));
        });
    }
}
