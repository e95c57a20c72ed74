package au.chim.notify.render;

import java.time.Instant;
import java.util.List;

/**
 * One issue as the templates show it, every time already in the recipient's zone and format.
 *
 * @param headline   the one plain line: what, and which PO / job / supplier / message when the summary does not say
 * @param since      when it was first seen ("Tue 24 Nov 2026 08:00 AEDT"); {@code age} how long ago ("2 h")
 * @param evidence   a few labelled values from the row (see {@link EvidenceFields}); the raw row stays in the dashboard
 * @param link       the issue in the Hawtio work view
 * @param actions    signed one-use action links for the recipient; empty where they are not offered
 * @param transition NEW / REOPENED / RESOLVED for alerts, null in the digest
 */
public record ItemView(long id, String code, String category, String severity, String status, String transition,
                       String headline, String summary, String entity, String since, String lastSeen, String age,
                       int occurrences, List<EvidenceFields.Field> evidence, String detail, String suggestedAction,
                       String reason, String resolvedAt, int foldedCount, String foldedExamples, String link,
                       List<ActionLink> actions, Instant firstSeenAt) {
    /** Characters of a compact item's line; the full line is in the work view and the CSV. */
    static final int COMPACT_LINE = 160;

    public ItemView {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** The same line, noting the issues folded under it (e.g. 240 POs while the database is unreachable). */
    public ItemView withFolded(int count, String examples) {
        return new ItemView(id, code, category, severity, status, transition, headline, summary, entity, since, lastSeen,
                age, occurrences, evidence, detail, suggestedAction, reason, resolvedAt, count,
                au.chim.finding.Text.oneLine(examples, 300), link, actions, firstSeenAt);
    }

    /** The same item without its action links: the email shows them for the worst items only, to stay small. */
    public ItemView withoutActions() {
        return actions.isEmpty() ? this : new ItemView(id, code, category, severity, status, transition, headline, summary,
                entity, since, lastSeen, age, occurrences, evidence, detail, suggestedAction, reason, resolvedAt,
                foldedCount, foldedExamples, link, List.of(), firstSeenAt);
    }

    /** Just the line, since when and the link (the CSV has the rest): items below the worst few, so a long alert stays small. */
    public ItemView compact() {
        return new ItemView(id, code, category, severity, status, transition, EmailRenderer.subject(headline, COMPACT_LINE), summary,
                entity, since, lastSeen, age, occurrences, List.of(), null, null, null, resolvedAt, foldedCount, foldedExamples, link, List.of(), firstSeenAt);
    }

    /** "seen 3 times", or null for once (saying "seen 1 time(s)" helps nobody). */
    public String seen() {
        return occurrences > 1 ? "seen " + occurrences + " times" : null;
    }

    /** The register reopened it: the reader was told it was resolved, so the email says it came back. */
    public boolean reopened() {
        return "REOPENED".equals(transition);
    }

    /** Templates test {{#hasActions}}: jmustache treats an empty list as false too, this reads plainer. */
    public boolean hasActions() {
        return !actions.isEmpty();
    }
}
