package au.chim.notify.render;

import au.chim.finding.Text;
import au.chim.register.Issue;
import java.time.Instant;
import java.time.ZoneId;

/**
 * One issue as the templates show it, with times already in the recipient's zone. Every text comes from
 * the register, which bounded it; it is clipped again here because an email must stay small whatever
 * the store holds.
 */
public record ItemView(long id, String code, String category, String severity, String status, String transition,
                       String summary, String entity, String since, String lastSeen, String age, int occurrences,
                       String evidence, String detail, String suggestedAction, String reason, String resolvedAt,
                       int foldedCount, String foldedExamples) {
    static final int EVIDENCE_SHOWN = 1000;

    /** @param transition NEW / REOPENED / RESOLVED for alerts, null in the digest */
    public static ItemView of(Issue i, String transition, String reason, ZoneId zone, Instant now) {
        return new ItemView(i.id(), i.code(), i.category().id(), i.severity().name(), i.status().name(), transition,
                Text.oneLine(i.summary(), Text.SUMMARY_MAX), Text.oneLine(i.entityType() + " " + i.entityKey(), 250),
                Formats.when(i.firstSeen(), zone), Formats.when(i.lastSeen(), zone), Formats.age(i.firstSeen(), now),
                i.occurrences(), Text.clip(i.evidence(), EVIDENCE_SHOWN), Text.clip(i.detail(), Text.DETAIL_MAX),
                Text.clip(i.suggestedAction(), Text.DETAIL_MAX), Text.oneLine(reason, 500),
                Formats.when(i.resolvedAt(), zone), 0, null);
    }

    /** The same line, noting the issues folded under it (e.g. 240 POs while the database is unreachable). */
    public ItemView withFolded(int count, String examples) {
        return new ItemView(id, code, category, severity, status, transition, summary, entity, since, lastSeen, age,
                occurrences, evidence, detail, suggestedAction, reason, resolvedAt, count, Text.oneLine(examples, 300));
    }

    /** A digest line: no evidence or detail (the digest is a list, the alert is the full story), so it is cheap. */
    public static ItemView brief(Issue i, String reason, ZoneId zone, Instant now) {
        return new ItemView(i.id(), i.code(), i.category().id(), i.severity().name(), i.status().name(), null,
                Text.oneLine(i.summary(), Text.SUMMARY_MAX), Text.oneLine(i.entityType() + " " + i.entityKey(), 250),
                Formats.when(i.firstSeen(), zone), Formats.when(i.lastSeen(), zone), Formats.age(i.firstSeen(), now),
                i.occurrences(), null, null, null, reason, Formats.when(i.resolvedAt(), zone), 0, null);
    }
}
