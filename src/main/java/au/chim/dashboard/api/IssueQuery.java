package au.chim.dashboard.api;

import au.chim.finding.Category;
import au.chim.finding.Severity;
import au.chim.register.IssueStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One page request of the work queue, as typed in the query string: filters, sort and page. Bad values fail
 * here with the parameter's name, so the API answers 400 before any SQL runs.
 *
 * @param status       OPEN (everything not resolved, the default), ALL, or one status (NEW, OPEN, ACKNOWLEDGED, SNOOZED, RESOLVED)
 * @param parties      only issues routed to one of these parties (the party filter, or the user's own for mine=true); empty: all
 * @param text         PO number, supplier code or words, matched against the entity key and the summary
 * @param sort         a column of {@link #SORTS}; newest last-seen first by default
 */
public record IssueQuery(String status, String category, String severity, String businessUnit, List<String> parties,
                         String text, String sort, boolean descending, int page, int size) {
    /** Sortable columns and the SQL behind each; any other sort name is refused. */
    static final Map<String, String> SORTS = Map.of("severity",
            "CASE severity WHEN 'CRITICAL' THEN 4 WHEN 'ERROR' THEN 3 WHEN 'WARNING' THEN 2 ELSE 1 END",
            "what", "summary", "entity", "entity_key", "category", "category", "status", "status",
            "age", "first_seen", "firstSeen", "first_seen", "occurrences", "occurrences", "lastSeen", "last_seen", "id", "id");
    public static final int MAX_SIZE = 500;

    public IssueQuery {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    /**
     * Reads the query parameters; {@code mineParties} gives the signed-in user's parties when mine=true.
     */
    public static IssueQuery from(Function<String, String> param, List<String> mineParties) {
        String status = upper(param.apply("status"));
        if (status != null && !status.equals("OPEN") && !status.equals("ALL")) {
            try {
                IssueStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("status must be OPEN, ALL, NEW, ACKNOWLEDGED, SNOOZED or RESOLVED (was " + status + ")");
            }
        }
        String category = param.apply("category");
        if (category != null) {
            category = Category.fromId(category).id();
        }
        String severity = upper(param.apply("severity"));
        if (severity != null) {
            try {
                Severity.valueOf(severity);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("severity must be INFO, WARNING, ERROR or CRITICAL (was " + severity + ")");
            }
        }
        List<String> parties = param.apply("party") != null ? List.of(param.apply("party"))
                : "true".equalsIgnoreCase(param.apply("mine")) ? mineParties : List.of();
        String sort = param.apply("sort") == null ? "lastSeen" : param.apply("sort");
        if (!SORTS.containsKey(sort)) {
            throw new IllegalArgumentException("sort must be one of " + new java.util.TreeSet<>(SORTS.keySet()) + " (was " + sort + ")");
        }
        boolean descending = !"asc".equalsIgnoreCase(param.apply("dir"));
        int page = number(param, "page", 0, 0, Integer.MAX_VALUE);
        int size = number(param, "size", 25, 1, MAX_SIZE);
        return new IssueQuery(status == null ? "OPEN" : status, category, severity, param.apply("businessUnit"), parties,
                param.apply("q"), sort, descending, page, size);
    }

    String orderBy() {
        String dir = descending ? " DESC" : " ASC";
        return " ORDER BY " + SORTS.get(sort) + dir + ", id" + dir;
    }

    private static int number(Function<String, String> param, String name, int fallback, int min, int max) {
        String raw = param.apply(name);
        if (raw == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(raw.trim());
            if (n < min || n > max) {
                throw new IllegalArgumentException(name + " must be " + min + "-" + max + " (was " + raw + ")");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number (was " + raw + ")");
        }
    }

    private static String upper(String v) {
        return v == null ? null : v.trim().toUpperCase(Locale.ROOT);
    }
}
