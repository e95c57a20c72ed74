package au.chim.detect.clickhome;

import au.chim.finding.Category;
import au.chim.finding.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One ClickHome check as declared in config/checks.yaml.
 *
 * @param mapper       name of a Java rule (see {@link CheckRowsMapper}) for checks SQL alone cannot decide; null = declarative
 * @param entityKey    Mustache template over the row's columns, e.g. {@code {{idMessage}}}
 * @param context      routing attributes as templates, e.g. {@code supplierCode: "{{sgSupplierCode}}"}
 * @param params       named parameters (thresholds) the SQL reads as {@code :#name}
 * @param maxRows      a result this large is treated as incomplete: reported, but nothing is resolved from it
 */
public record CheckDefinition(
        String id,
        String description,
        Path sqlFile,
        Duration every,
        Category category,
        String code,
        Severity severity,
        String entityType,
        String entityKey,
        String field,
        String summary,
        String detail,
        String action,
        Map<String, String> context,
        Map<String, Object> params,
        String mapper,
        int maxRows) {

    public CheckDefinition withEvery(Duration newEvery) {
        return new CheckDefinition(id, description, sqlFile, newEvery, category, code, severity, entityType, entityKey, field, summary,
                detail, action, context, params, mapper, maxRows);
    }

    public String scope() {
        return "check:" + id;
    }
}
