package au.chim.dashboard.jmx;

import au.chim.dashboard.api.IssuePages;
import au.chim.dashboard.api.IssueQuery;
import au.chim.register.Issue;
import au.chim.register.IssueOperations;
import au.chim.routing.PartyRouter;
import au.chim.routing.RoutingFacts;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/** au.chim.monitor:type=IssueRegister. Operations answer with one line: the new status, or why they were refused. */
class IssueRegisterBean implements IssueRegisterMXBean {
    private final IssueOperations issues;
    private final PartyRouter router;
    private final JdbcTemplate store;
    private final Clock clock;
    private final IssuePages pages;

    IssueRegisterBean(IssueOperations issues, PartyRouter router, JdbcTemplate store, Clock clock, IssuePages pages) {
        this.pages = pages;
        this.issues = issues;
        this.router = router;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public long getOpenIssues() {
        Long n = store.queryForObject("SELECT COUNT(*) FROM monitor_issue WHERE status <> 'RESOLVED'", Long.class);
        return n == null ? 0 : n;
    }

    @Override
    public Map<String, Long> getOpenByCategory() {
        return grouped("category");
    }

    @Override
    public Map<String, Long> getOpenBySeverity() {
        return grouped("severity");
    }

    @Override
    public Map<String, Long> getOpenByParty() {
        Map<String, Long> out = new TreeMap<>();
        for (Issue i : issues.search("OPEN", null, null, null, 1000)) {
            router.partiesFor(RoutingFacts.of(i)).forEach(p -> out.merge(p, 1L, Long::sum));
        }
        return out;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<IssueRow> list(String status, String party, int max) {
        Map<String, String> params = new java.util.HashMap<>();
        params.put("status", status == null || status.isBlank() ? null : status);
        params.put("party", party == null || party.isBlank() ? null : party.trim());
        params.put("size", String.valueOf(Math.max(1, Math.min(max, IssueQuery.MAX_SIZE))));
        Map<String, Object> page = pages.page(IssueQuery.from(params::get, List.of()));
        return ((List<Map<String, Object>>) page.get("items")).stream().map(r -> {
            Issue i = (Issue) r.get("issue");
            return new IssueRow(i.id(), i.severity().name(), i.status().name(), i.code(), i.entityType() + " " + i.entityKey(), i.summary(),
                    String.join(", ", (List<String>) r.get("parties")), i.occurrences(), String.valueOf(i.lastSeen()));
        }).toList();
    }

    @Override
    public List<String> history(long id) {
        return issues.history(id).stream()
                .map(a -> a.at() + " | " + a.transition() + " | " + a.fromStatus() + " -> " + a.toStatus() + " | " + a.actor() + " | "
                        + (a.reason() == null ? "" : a.reason()))
                .toList();
    }

    @Override
    public String acknowledge(long id, String note) {
        return act(() -> issues.acknowledge(id, JmxOperator.required(), note));
    }

    @Override
    public String snooze(long id, int hours, String reason) {
        return act(() -> issues.snooze(id, JmxOperator.required(), clock.instant().plus(Duration.ofHours(hours)), reason));
    }

    @Override
    public String resolve(long id, String reason) {
        return act(() -> issues.resolve(id, JmxOperator.required(), reason));
    }

    @Override
    public String reopen(long id, String reason) {
        return act(() -> issues.reopen(id, JmxOperator.required(), reason));
    }

    static String act(Supplier<Object> action) {
        try {
            Object result = action.get();
            return result instanceof Issue i ? "issue " + i.id() + " is now " + i.status() : String.valueOf(result);
        } catch (RuntimeException e) {
            return "refused: " + e.getMessage();
        }
    }

    private Map<String, Long> grouped(String column) {
        Map<String, Long> out = new TreeMap<>();
        store.query("SELECT " + column + ", COUNT(*) FROM monitor_issue WHERE status <> 'RESOLVED' GROUP BY " + column,
                rs -> { out.put(rs.getString(1), rs.getLong(2)); });
        return out;
    }
}
