package au.chim.detect.clickhome;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.Severity;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Maps rows to findings as config/checks.yaml declares: entity type and key, summary, detail, action and
 * context are Mustache templates over the row's columns (column names case-insensitive). A row
 * column named {@code code}, {@code severity} or {@code category} overrides the declared one, so one query can tell
 * an email failure from a fax failure with a CASE.
 */
public class DeclaredRowMapper implements CheckRowsMapper {
    private static final Mustache.Compiler COMPILER = Mustache.compiler().escapeHTML(false).defaultValue("").nullValue("");
    private final Map<String, Template> cache = new ConcurrentHashMap<>();

    @Override
    public List<Finding> findings(CheckDefinition check, List<Map<String, Object>> rows) {
        List<Finding> out = new ArrayList<>(rows.size());
        for (Map<String, Object> raw : rows) {
            Map<String, Object> row = caseInsensitive(raw);
            String code = row.get("code") == null ? check.code() : String.valueOf(row.get("code"));
            Severity severity = row.get("severity") == null ? check.severity() : Severity.valueOf(String.valueOf(row.get("severity")).trim());
            Category category = row.get("category") == null ? check.category() : Category.fromId(String.valueOf(row.get("category")));
            Finding.Builder b = Finding.builder(code, category, severity)
                    .entity(render(check.entityType(), row), render(check.entityKey(), row))
                    .field(check.field() == null ? null : render(check.field(), row))
                    .summary(render(check.summary(), row))
                    .detail(render(check.detail(), row))
                    .suggestedAction(render(check.action(), row))
                    .evidence(evidence(raw))
                    .source(check.scope());
            check.context().forEach((key, template) -> b.context(key, render(template, row)));
            out.add(b.build());
        }
        return out;
    }

    /** Rows as case-insensitive maps: SQL Server and H2 may report column labels in different case. */
    public static Map<String, Object> caseInsensitive(Map<String, Object> raw) {
        Map<String, Object> row = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        row.putAll(raw);
        return row;
    }

    /** The row itself, as "column=value" lines: what a person needs to find it in ClickHome. */
    public static String evidence(Map<String, Object> row) {
        return row.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    public String render(String template, Map<String, Object> row) {
        if (template == null) {
            return null;
        }
        return cache.computeIfAbsent(template, COMPILER::compile).execute(row).trim();
    }
}
