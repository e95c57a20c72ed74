package au.chim.digest;

import au.chim.notify.render.DigestView;
import au.chim.notify.render.EmailRenderer;
import au.chim.notify.render.Formats;
import au.chim.notify.render.ItemView;
import au.chim.notify.render.RenderedEmail;
import au.chim.register.Issue;
import au.chim.register.IssueStatus;
import au.chim.routing.InhibitionRules;
import au.chim.routing.PartyRouter;
import au.chim.routing.Recipient;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds each recipient's daily digest from the register: new since the last digest, still open (age,
 * occurrences, last seen), resolved since the last digest, open counts per category, or ALL CLEAR.
 * Issues explained by an open parent that the same recipient also gets are folded under that parent.
 * Pure: the register rows, the last digest time and "now" are parameters.
 */
public final class DigestBuilder {
    private static final Comparator<Issue> WORST_OLDEST = Comparator.comparing(Issue::severity).reversed()
            .thenComparing(Issue::firstSeen).thenComparingLong(Issue::id);

    /** Items under "Needs you today"; the full lists follow. */
    static final int TODAY_SHOWN = 10;

    private final PartyRouter router;
    private final EmailRenderer renderer;
    private final InhibitionRules inhibition;
    private final ZoneId builderZone;

    /** @param inhibition folding rules (from routing.yaml), or null for no folding */
    public DigestBuilder(PartyRouter router, EmailRenderer renderer, InhibitionRules inhibition, ZoneId builderZone) {
        this.router = router;
        this.renderer = renderer;
        this.inhibition = inhibition;
        this.builderZone = builderZone;
    }

    /** Routes each issue once; pass open issues plus those resolved since the oldest last-digest time. */
    public DigestIndex index(Collection<Issue> issues) {
        return new DigestIndex(router, issues);
    }

    /** One email per recipient (configured ones always, all clear included); lastDigestAt may return null (first digest). */
    public Map<String, RenderedEmail> buildAll(Collection<Issue> issues, Function<String, Instant> lastDigestAt, Instant now) {
        DigestIndex index = index(issues);
        Map<Long, Issue> parentOf = inhibition == null ? Map.of() : inhibition.parents(issues);
        Map<String, RenderedEmail> out = new LinkedHashMap<>();
        for (Recipient r : index.recipients()) {
            out.put(r.id(), renderer.digest(view(r, index.issuesFor(r.id()), parentOf, lastDigestAt.apply(r.id()), now)));
        }
        return out;
    }

    /** One recipient's digest; {@code issues} are the ones routed to them (see {@link DigestIndex#issuesFor}). */
    public RenderedEmail build(Recipient r, List<RoutedIssue> issues, Instant lastDigestAt, Instant now) {
        Map<Long, Issue> parentOf = inhibition == null ? Map.of()
                : inhibition.parents(issues.stream().map(RoutedIssue::issue).toList());
        return renderer.digest(view(r, issues, parentOf, lastDigestAt, now));
    }

    DigestView view(Recipient r, List<RoutedIssue> routed, Map<Long, Issue> parentOf, Instant lastDigestAt, Instant now) {
        Instant since = lastDigestAt == null ? Instant.EPOCH : lastDigestAt;
        ZoneId zone = r.schedule().zone();
        Set<Long> mine = new HashSet<>();
        Map<Long, String> reasons = new HashMap<>();
        for (RoutedIssue ri : routed) {
            mine.add(ri.issue().id());
            reasons.putIfAbsent(ri.issue().id(), ri.reason());
        }
        Map<Long, List<Issue>> folded = new HashMap<>();
        List<Issue> fresh = new ArrayList<>();
        List<Issue> open = new ArrayList<>();
        List<Issue> resolved = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        Set<Long> seen = new HashSet<>();
        List<Issue> mineOnce = new ArrayList<>();
        for (RoutedIssue ri : routed) {
            Issue i = ri.issue();
            if (!seen.add(i.id())) {
                continue;
            }
            mineOnce.add(i);
            if (i.status() == IssueStatus.RESOLVED) {
                if (i.resolvedAt() != null && i.resolvedAt().isAfter(since) && !i.resolvedAt().isAfter(now)) {
                    resolved.add(i);
                }
                continue;
            }
            counts.merge(i.category().id(), 1, Integer::sum);
            Issue parent = parentOf.get(i.id());
            if (parent != null && mine.contains(parent.id())) {
                folded.computeIfAbsent(parent.id(), x -> new ArrayList<>()).add(i);
            } else if (i.firstSeen().isAfter(since)) {
                fresh.add(i);
            } else {
                open.add(i);
            }
        }
        fresh.sort(WORST_OLDEST);
        open.sort(WORST_OLDEST);
        resolved.sort(Comparator.comparing(Issue::resolvedAt).reversed());
        Function<Issue, ItemView> view = i -> withFolded(renderer.brief(i, reasons.get(i.id()), zone, now), folded.get(i.id()));
        List<DigestView.CategoryCount> byCategory = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> new DigestView.CategoryCount(e.getKey(), e.getValue())).toList();
        List<ItemView> today = java.util.stream.Stream.concat(fresh.stream(), open.stream())
                .filter(i -> i.status() != IssueStatus.ACKNOWLEDGED && i.status() != IssueStatus.SNOOZED)
                .sorted(WORST_OLDEST).limit(TODAY_SHOWN).map(view).toList();
        return new DigestView(r, Formats.day(now, builderZone), lastDigestAt == null ? "the start" : Formats.when(lastDigestAt, zone),
                fresh.stream().map(view).toList(), open.stream().map(view).toList(),
                resolved.stream().map(view).toList(), byCategory, today, TrendsOf.of(mineOnce, now, zone));
    }

    private static ItemView withFolded(ItemView v, List<Issue> children) {
        if (children == null || children.isEmpty()) {
            return v;
        }
        String examples = children.stream().limit(5).map(c -> c.code() + " " + c.entityKey()).collect(Collectors.joining(", "))
                + (children.size() > 5 ? ", ..." : "");
        return v.withFolded(children.size(), examples);
    }
}
