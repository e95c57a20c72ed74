package au.chim.digest;

import au.chim.register.Issue;
import au.chim.routing.Delivery;
import au.chim.routing.PartyRouter;
import au.chim.routing.RouteMatcher;
import au.chim.routing.Recipient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every issue routed once and grouped by recipient. Issues with the same routing facts (code, category,
 * severity, the context values rules look at) share one routing result, so 100,000 issues cost a few
 * hundred tree walks rather than one per issue per recipient.
 */
public final class DigestIndex {
    private final Map<String, List<RoutedIssue>> byRecipient = new LinkedHashMap<>();
    private final Map<String, Recipient> recipients = new LinkedHashMap<>();

    DigestIndex(PartyRouter router, Collection<Issue> issues) {
        Set<String> keys = new LinkedHashSet<>(RouteMatcher.ATTRIBUTE_KEYS);
        router.config().parties().values().forEach(p -> {
            if (p.contextEmailKey() != null) {
                keys.add(p.contextEmailKey());
            }
        });
        router.config().recipients().values().forEach(r -> recipients.put(r.id(), r));
        Map<String, List<Delivery>> memo = new HashMap<>();
        StringBuilder k = new StringBuilder(128);
        for (Issue i : issues) {
            k.setLength(0);
            k.append(i.code()).append('|').append(i.category().id()).append('|').append(i.severity()).append('|')
                    .append(i.entityType());
            for (String key : keys) {
                k.append('|').append(i.context() == null ? null : i.context().get(key));
            }
            List<Delivery> ds = memo.computeIfAbsent(k.toString(), x -> router.route(i));
            for (Delivery d : ds) {
                recipients.putIfAbsent(d.recipientId(), d.recipient());
                byRecipient.computeIfAbsent(d.recipientId(), x -> new ArrayList<>()).add(new RoutedIssue(i, d.reason()));
            }
        }
    }

    /** This recipient's issues, in input order; empty when nothing routes to them (their digest is all clear). */
    public List<RoutedIssue> issuesFor(String recipientId) {
        return byRecipient.getOrDefault(recipientId, List.of());
    }

    /** Configured recipients first, then dynamic ones (a contract's supervisor) that have issues. */
    public Collection<Recipient> recipients() {
        return recipients.values();
    }
}
