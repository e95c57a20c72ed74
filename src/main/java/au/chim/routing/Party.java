package au.chim.routing;

import au.chim.finding.Category;
import au.chim.finding.Severity;
import java.util.List;
import java.util.Set;

/**
 * A role in the responsibility matrix (accounts staff, client IT, the business contact ...), resolved to
 * recipients when an issue is routed to it.
 *
 * @param members            recipient ids that always get this party's issues
 * @param contextEmailKey    finding context key holding an address to add (e.g. supervisorEmail); null if none
 * @param fallback           party used when this one resolves to nobody (no members, no address in the context)
 * @param via                party whose members receive this party's issues instead (ClickHome Support is never mailed directly)
 * @param supportRequest     deliveries are ready-to-forward support requests rather than alerts
 * @param realTimeMinSeverity issues at or above it are alerted in real time, the rest wait for the digest
 * @param realTimeCategories  when not empty, only these categories are alerted in real time
 */
public record Party(String id, String description, List<String> members, String contextEmailKey, String fallback,
                    String via, boolean supportRequest, Severity realTimeMinSeverity, Set<Category> realTimeCategories) {
    public Party {
        members = members == null ? List.of() : List.copyOf(members);
        realTimeMinSeverity = realTimeMinSeverity == null ? Severity.ERROR : realTimeMinSeverity;
        realTimeCategories = realTimeCategories == null ? Set.of() : Set.copyOf(realTimeCategories);
    }

    /** Whether an issue of this category and severity is worth an email now rather than in tomorrow's digest. */
    public boolean realTime(Category category, Severity severity) {
        if (severity == Severity.CRITICAL) {
            return true;
        }
        return severity.atLeast(realTimeMinSeverity)
                && (realTimeCategories.isEmpty() || realTimeCategories.contains(category));
    }
}
