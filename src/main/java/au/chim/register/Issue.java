package au.chim.register;

import au.chim.finding.Category;
import au.chim.finding.Severity;
import java.time.Instant;
import java.util.Map;

/** One row of the issue register: a problem with its lifecycle, as stored in {@code monitor_issue}. */
public record Issue(
        long id,
        String fingerprint,
        String code,
        Category category,
        Severity severity,
        String entityType,
        String entityKey,
        String field,
        String summary,
        String detail,
        String evidence,
        String suggestedAction,
        String source,
        String scope,
        Map<String, String> context,
        IssueStatus status,
        Instant firstSeen,
        Instant lastSeen,
        int occurrences,
        Instant resolvedAt,
        String acknowledgedBy,
        Instant acknowledgedAt,
        String ackNote,
        Instant snoozedUntil,
        String snoozeReason) {
}
