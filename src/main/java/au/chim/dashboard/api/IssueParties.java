package au.chim.dashboard.api;

import au.chim.finding.Category;
import au.chim.finding.Severity;
import au.chim.register.Issue;
import au.chim.routing.PartyRouter;
import au.chim.routing.RoutingFacts;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which parties must act on an issue: the party it was handed to ("not mine", {@code monitor_issue_handoff}) or
 * else what routing.yaml says. Routing only reads code, category, severity, entity type and context, and many
 * issues share those, so the answer is kept per distinct combination (the queue filters 100,000 rows by party).
 */
public class IssueParties {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_CACHED = 50_000;
    private final PartyRouter router;
    private final JdbcTemplate store;
    private final Map<String, List<String>> byFacts = new ConcurrentHashMap<>();
    /** The context keys routing can look at: rule attributes and the parties' context email keys. */
    private final List<String> routingKeys;

    public IssueParties(PartyRouter router, JdbcTemplate store) {
        this.router = router;
        this.store = store;
        this.routingKeys = RoutingKeys.of(router.config());
    }

    public PartyRouter router() {
        return router;
    }

    /** The parties of one issue, hand-off first. */
    public List<String> of(Issue i) {
        return handedTo(i.id()).map(List::of).orElseGet(() -> router.partiesFor(RoutingFacts.of(i)));
    }

    public Optional<String> handedTo(long issueId) {
        return store.queryForList("SELECT party FROM monitor_issue_handoff WHERE issue_id = ?", String.class, issueId).stream().findFirst();
    }

    /** Every current hand-off, issue id to party; read once per queue page. */
    public Map<Long, String> handoffs() {
        Map<Long, String> out = new java.util.HashMap<>();
        store.query("SELECT issue_id, party FROM monitor_issue_handoff", rs -> {
            out.put(rs.getLong("issue_id"), rs.getString("party"));
        });
        return out;
    }

    /** True when the issue with these routing columns goes to one of {@code wanted}. */
    boolean routedTo(long id, String code, String category, String severity, String entityType, String contextJson,
                     Map<Long, String> handoffs, List<String> wanted) {
        String handed = handoffs.get(id);
        List<String> parties = handed != null ? List.of(handed) : routed(code, category, severity, entityType, contextJson);
        for (String p : parties) {
            if (wanted.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private List<String> routed(String code, String category, String severity, String entityType, String contextJson) {
        // Only the keys routing reads go into the cache key: issues of one kind and business unit share one answer,
        // even though their supplier or PO differ (a context value with an escape is read by Jackson instead).
        Map<String, String> facts = RoutingKeys.values(contextJson, routingKeys);
        if (facts == null) {
            facts = context(contextJson);
        }
        StringBuilder key = new StringBuilder(code).append('\u0001').append(category).append('\u0001').append(severity)
                .append('\u0001').append(entityType);
        for (String k : routingKeys) {
            key.append('\u0001').append(facts.get(k));
        }
        List<String> known = byFacts.get(key.toString());
        if (known != null) {
            return known;
        }
        List<String> parties = router.partiesFor(new RoutingFacts(code, Category.fromId(category), Severity.valueOf(severity), entityType,
                facts));
        if (byFacts.size() >= MAX_CACHED) {
            byFacts.clear(); // routing.yaml is read once at start, so a cleared cache only costs time
        }
        byFacts.put(key.toString(), parties);
        return parties;
    }

    private static Map<String, String> context(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (java.io.IOException e) {
            return Map.of();
        }
    }
}
