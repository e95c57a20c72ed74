package au.chim.dashboard.api;

import au.chim.register.Issue;
import au.chim.register.IssueStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The work queue's pages: filters, sort and paging done by the store's SQL, with the total and the counts per
 * category of everything that matched. Parties are not stored (routing.yaml decides them), so a party filter
 * reads the matching rows' routing columns and asks {@link IssueParties}; only the page's rows are read whole.
 */
public class IssuePages {
    private final IssueStore store;
    private final IssueParties parties;
    private final PeopleTold told;

    public IssuePages(IssueStore store, IssueParties parties, PeopleTold told) {
        this.store = store;
        this.parties = parties;
        this.told = told;
    }

    /** {@code total} matches, {@code items} of this page, {@code counts} per category ignoring the category filter. */
    public Map<String, Object> page(IssueQuery q) {
        Where all = where(q, false);
        Where filtered = where(q, true);
        long total;
        List<Issue> rows;
        Map<String, Long> counts = new TreeMap<>();
        if (q.parties().isEmpty()) {
            store.jdbc().query("SELECT category, COUNT(*) AS n FROM monitor_issue " + all.sql + " GROUP BY category",
                    rs -> { counts.put(rs.getString("category"), rs.getLong("n")); }, all.args());
            // the counts ignore only the category filter, so they also give the total
            total = q.category() != null ? counts.getOrDefault(q.category(), 0L) : counts.values().stream().mapToLong(Long::longValue).sum();
            rows = store.query(filtered.sql + q.orderBy() + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                    append(filtered.args(), (long) q.page() * q.size(), q.size()));
        } else {
            List<Long> ids = new ArrayList<>();
            Map<Long, String> handoffs = parties.handoffs();
            store.jdbc().query("SELECT id, code, category, severity, entity_type, context_json FROM monitor_issue " + all.sql + q.orderBy(),
                    rs -> {
                        if (parties.routedTo(rs.getLong("id"), rs.getString("code"), rs.getString("category"), rs.getString("severity"),
                                rs.getString("entity_type"), rs.getString("context_json"), handoffs, q.parties())) {
                            counts.merge(rs.getString("category"), 1L, Long::sum);
                            if (q.category() == null || q.category().equals(rs.getString("category"))) {
                                ids.add(rs.getLong("id"));
                            }
                        }
                    }, all.args());
            total = ids.size();
            int from = (int) Math.min((long) q.page() * q.size(), ids.size());
            rows = byIds(ids.subList(from, Math.min(from + q.size(), ids.size())));
        }
        Map<Long, List<Map<String, Object>>> people = told.forIssues(rows.stream().map(Issue::id).toList());
        List<Map<String, Object>> items = rows.stream().map(i -> row(i, people.getOrDefault(i.id(), List.of()))).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", total);
        out.put("page", q.page());
        out.put("size", q.size());
        out.put("items", items);
        out.put("counts", counts);
        out.put("allParties", new java.util.TreeSet<>(parties.router().config().parties().keySet()));
        return out;
    }

    /** One queue row: the issue plus who must act and who was told. */
    Map<String, Object> row(Issue i, List<Map<String, Object>> people) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("issue", i);
        r.put("businessUnit", i.context().get(au.chim.finding.Finding.BUSINESS_UNIT));
        r.put("parties", parties.of(i));
        r.put("told", people);
        return r;
    }

    private List<Issue> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        Map<Long, Issue> found = new LinkedHashMap<>();
        store.query("WHERE id IN (" + marks + ")", ids.toArray()).forEach(i -> found.put(i.id(), i));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    private record Where(String sql, List<Object> list) {
        Object[] args() {
            return list.toArray();
        }
    }

    private static Where where(IssueQuery q, boolean withCategory) {
        StringBuilder sql = new StringBuilder("WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        switch (q.status()) {
            case "OPEN" -> sql.append(" AND status <> 'RESOLVED'");
            case "ALL" -> { }
            default -> {
                sql.append(" AND status = ?");
                args.add(q.status());
            }
        }
        if (withCategory && q.category() != null) {
            sql.append(" AND category = ?");
            args.add(q.category());
        }
        if (q.severity() != null) {
            sql.append(" AND severity = ?");
            args.add(q.severity());
        }
        if (q.businessUnit() != null) {
            // context_json is written by Jackson as {"businessUnit":"QLD Housing",...}: an exact key/value match
            sql.append(" AND ").append(like("context_json", "%\"businessUnit\":\"", q.businessUnit(), "\"%", args));
        }
        if (q.text() != null) {
            String t = q.text().trim();
            args.add(t);
            sql.append(" AND (entity_key = ? OR ").append(like("entity_key", "", t, "%", args)).append(" OR ")
                    .append(like("UPPER(summary)", "%", t.toUpperCase(java.util.Locale.ROOT), "%", args)).append(" OR ")
                    .append(like("context_json", "%\"", t, "\"%", args)).append(")");
        }
        return new Where(sql.toString(), args);
    }

    /**
     * {@code column LIKE 'before<value>after'}. The ESCAPE clause is only added when the value has a wildcard
     * (% _ [ or the escape itself): H2 scans several times slower with one, and PO numbers and codes have none.
     */
    private static String like(String column, String before, String value, String after, List<Object> args) {
        boolean special = value.chars().anyMatch(c -> c == '%' || c == '_' || c == '[' || c == '\\');
        String v = special ? value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replace("[", "\\[") : value;
        args.add(before + v + after);
        return column + " LIKE ?" + (special ? " ESCAPE '\\'" : "");
    }

    private static Object[] append(Object[] args, Object... more) {
        Object[] out = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, out, args.length, more.length);
        return out;
    }
}
