package au.chim.finding;

import java.util.List;

/**
 * Everything a snapshot detector sees wrong in its scope right now. Issues of this scope that are
 * not in the list are resolved by the register; an empty list therefore means "all fixed", so a
 * detector that could not look (database down) must send nothing rather than an empty snapshot.
 *
 * @param scope stable name of what was checked, e.g. {@code check:supplier-details}
 * @param note  the evidence for what it resolves, written to each resolved issue's history (null: the scope alone)
 */
public record FindingSnapshot(String scope, List<Finding> findings, String note) {
    public FindingSnapshot {
        findings = List.copyOf(findings);
    }

    public FindingSnapshot(String scope, List<Finding> findings) {
        this(scope, findings, null);
    }
}
