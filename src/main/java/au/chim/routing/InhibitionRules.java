package au.chim.routing;

import au.chim.register.Issue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Folds per-row issues under the open issue that explains them (ClickHome database unreachable, Windows
 * service down, fax gateway down, SMTP relay failing), so one outage is one alert, not hundreds.
 */
public final class InhibitionRules {
    private final List<InhibitRule> rules;
    private final java.util.Set<String> sourceCodes = new java.util.HashSet<>();

    public InhibitionRules(List<InhibitRule> rules) {
        this.rules = List.copyOf(rules);
        rules.forEach(r -> sourceCodes.addAll(r.sourceCodes()));
    }

    /** Codes of the issues that can fold others under them. */
    public java.util.Set<String> sourceCodes() {
        return java.util.Set.copyOf(sourceCodes);
    }

    /** Child issue id -> the open parent it is folded under. Only open issues fold, and only under open parents. */
    public Map<Long, Issue> parents(Collection<Issue> issues) {
        Map<String, List<Issue>> sourcesByCode = new HashMap<>();
        for (Issue i : issues) {
            if (i.status().isOpen() && sourceCodes.contains(i.code())) {
                sourcesByCode.computeIfAbsent(i.code(), k -> new ArrayList<>()).add(i);
            }
        }
        // Earliest parent first: the folding is stable while further parents of the same kind appear.
        sourcesByCode.values().forEach(l -> l.sort(Comparator.comparing(Issue::firstSeen).thenComparingLong(Issue::id)));
        Map<Long, Issue> out = new LinkedHashMap<>();
        if (sourcesByCode.isEmpty()) {
            return out;
        }
        for (Issue child : issues) {
            if (child.status().isOpen()) {
                find(child, sourcesByCode).ifPresent(p -> out.put(child.id(), p));
            }
        }
        return out;
    }

    /** The parent that explains {@code issue}, if one is open among {@code open}. */
    public Optional<Issue> parentOf(Issue issue, Collection<Issue> open) {
        return Optional.ofNullable(parents(open).get(issue.id()));
    }

    /** Parent issue id -> the issues folded under it, in input order. */
    public Map<Long, List<Issue>> children(Collection<Issue> issues) {
        Map<Long, List<Issue>> out = new LinkedHashMap<>();
        Map<Long, Issue> byChild = parents(issues);
        for (Issue i : issues) {
            Issue p = byChild.get(i.id());
            if (p != null) {
                out.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(i);
            }
        }
        return out;
    }

    private Optional<Issue> find(Issue child, Map<String, List<Issue>> sourcesByCode) {
        for (InhibitRule r : rules) {
            if (!r.targetCodes().contains(child.code()) && !r.targetCategories().contains(child.category())) {
                continue;
            }
            for (String code : r.sourceCodes()) {
                for (Issue parent : sourcesByCode.getOrDefault(code, List.of())) {
                    if (parent.id() != child.id() && sameContext(r, parent, child)) {
                        return Optional.of(parent);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean sameContext(InhibitRule r, Issue parent, Issue child) {
        for (String key : r.equal()) {
            String a = "entityType".equals(key) ? parent.entityType() : parent.context().get(key);
            String b = "entityType".equals(key) ? child.entityType() : child.context().get(key);
            if (a == null || !Objects.equals(RouteMatcher.normalise(a), b == null ? null : RouteMatcher.normalise(b))) {
                return false;
            }
        }
        return true;
    }
}
