package au.chim.notify.render;

import au.chim.finding.Text;
import au.chim.register.Issue;
import au.chim.routing.Recipient;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the {@link ItemView} a recipient reads from an issue: the one plain line, times in their zone,
 * evidence as labelled fields, the work-view link and (for alerts) their signed action links.
 */
public final class ItemStyle {
    private static final Map<String, String> ENTITY_NAMES = Map.of("po", "PO", "contract", "job", "job", "job");

    private final EvidenceFields fields;
    private final TimeText times;
    private final ItemLinks links;

    public ItemStyle(EvidenceFields fields, TimeText times, ItemLinks links) {
        this.fields = fields;
        this.times = times;
        this.links = links;
    }

    public TimeText times() {
        return times;
    }

    /** An alert or support-request item: with evidence, action and (when {@code withActions}) signed links. */
    public ItemView full(Issue i, String transition, String reason, Recipient to, Instant now, boolean withActions) {
        ZoneId zone = to.schedule().zone();
        String line = headline(line(i.summary(), zone, Text.SUMMARY_MAX), i).toLowerCase(Locale.ROOT);
        // a value the line already names ("Server: CHAPP01" under "... on CHAPP01") is said once
        List<EvidenceFields.Field> evidence = fields.fields(i.evidence(), times, zone).stream()
                .filter(f -> f.value().length() < 3 || !line.contains(f.value().toLowerCase(Locale.ROOT))).toList();
        return view(i, transition, reason, zone, now, evidence,
                line(i.detail(), zone, Text.DETAIL_MAX), action(i.suggestedAction(), zone),
                withActions ? links.actions(i.id(), to) : List.of());
    }

    /** A digest or reminder line: no evidence or detail (the digest is a list, the alert is the full story). */
    public ItemView brief(Issue i, String reason, ZoneId zone, Instant now) {
        return view(i, null, reason, zone, now, List.of(), null, null, List.of());
    }

    private ItemView view(Issue i, String transition, String reason, ZoneId zone, Instant now,
                          List<EvidenceFields.Field> evidence, String detail, String action, List<ActionLink> actions) {
        String summary = line(i.summary(), zone, Text.SUMMARY_MAX);
        return new ItemView(i.id(), i.code(), i.category().id(), i.severity().name(), i.status().name(), transition,
                headline(summary, i), summary, entity(i), Formats.when(i.firstSeen(), zone), Formats.when(i.lastSeen(), zone),
                Formats.age(i.firstSeen(), now), i.occurrences(), evidence, detail, action, Text.oneLine(reason, 500),
                Formats.when(i.resolvedAt(), zone), 0, null, links.item(i.id()), actions, i.firstSeen());
    }

    private String line(String s, ZoneId zone, int max) {
        return Tidy.text(Text.oneLine(times.rewrite(s, zone), max));
    }

    /** The suggested action as a verb phrase: "Check the supplier's email address", never a trailing dot-less fragment. */
    private String action(String s, ZoneId zone) {
        String a = line(s, zone, 400);
        if (a == null) {
            return null;
        }
        a = Character.toUpperCase(a.charAt(0)) + a.substring(1);
        return a.endsWith(".") || a.endsWith("?") || a.endsWith("!") ? a : a + ".";
    }

    static String entity(Issue i) {
        String type = i.entityType() == null ? "" : ENTITY_NAMES.getOrDefault(i.entityType().toLowerCase(Locale.ROOT), i.entityType());
        return Text.oneLine((type + " " + (i.entityKey() == null ? "" : i.entityKey())).strip(), 250);
    }

    /** The summary, plus the PO / job / supplier it is about when the summary does not already name them. */
    static String headline(String summary, Issue i) {
        String what = summary == null ? entity(i) : summary;
        List<String> which = new ArrayList<>();
        String lower = what.toLowerCase(Locale.ROOT);
        if (i.entityKey() != null && !i.entityKey().isBlank() && !named(lower, i.entityKey())) {
            which.add(entity(i));
        }
        addUnlessNamed(which, lower, "job", i.context().get("contractNo"));
        addUnlessNamed(which, lower, "supplier", i.context().get("supplierCode"));
        String line = which.isEmpty() ? what : what + " (" + String.join(", ", which) + ")";
        return Text.oneLine(line, Text.SUMMARY_MAX + 100);
    }

    /** "ClickHome Windows Service@CHAPP01" is named when the summary has both the service and the host. */
    private static boolean named(String lowerSummary, String key) {
        return java.util.Arrays.stream(key.toLowerCase(Locale.ROOT).split("[@|]"))
                .allMatch(part -> part.isBlank() || lowerSummary.contains(part.strip()));
    }

    private static void addUnlessNamed(List<String> which, String lower, String label, String value) {
        if (value != null && !value.isBlank() && !lower.contains(value.toLowerCase(Locale.ROOT))
                && which.stream().noneMatch(w -> w.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT)))) {
            which.add(label + " " + value.strip());
        }
    }
}
