package au.chim.detect.bounce;

import au.chim.finding.Finding;
import au.chim.finding.FindingSnapshot;

import java.util.List;

/**
 * What one bounce or fax report leads to. {@code events} go to the register as event findings;
 * {@code snapshots} replace what the register holds for their scope (an empty one resolves it).
 */
public record BounceOutcome(Result result, List<Finding> events, List<FindingSnapshot> snapshots) {

    /** How the report was handled; the route counts these (a metric per value). */
    public enum Result {
        /** At least one finding raised. */
        RAISED,
        /** Soft bounce or delay counted, below the threshold. */
        SOFT_COUNTED,
        /** A sent fax: the supplier's fax issue and the gateway issue resolve. */
        RESOLVED,
        /** Auto-reply, normal mail, success notice: nothing to do. */
        IGNORED,
        /** Could not be read; the mail is kept for a person. */
        UNPARSEABLE
    }

    public BounceOutcome {
        events = List.copyOf(events);
        snapshots = List.copyOf(snapshots);
    }

    static BounceOutcome of(Result result) {
        return new BounceOutcome(result, List.of(), List.of());
    }
}
