package au.chim.routing;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.Severity;
import au.chim.register.Issue;
import java.util.Map;
import java.util.Objects;

/** The attributes of a finding or issue that routing rules look at: code, category, severity, entity and context. */
public record RoutingFacts(String code, Category category, Severity severity, String entityType,
                           Map<String, String> context) {
    public RoutingFacts {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        context = context == null ? Map.of() : context;
    }

    public static RoutingFacts of(Finding f) {
        return new RoutingFacts(f.code(), f.category(), f.severity(), f.entityType(), f.context());
    }

    public static RoutingFacts of(Issue i) {
        return new RoutingFacts(i.code(), i.category(), i.severity(), i.entityType(), i.context());
    }

    /** Facts typed by a person asking "who gets this?" (REST API); unknown category or severity is an error. */
    public static RoutingFacts fromQuery(String code, String category, String severity, String businessUnit, String supplierCode,
                                         String contractNo, String supervisorEmail) {
        if (code == null || category == null) {
            throw new IllegalArgumentException("code and category are required");
        }
        Map<String, String> context = new java.util.LinkedHashMap<>();
        put(context, Finding.BUSINESS_UNIT, businessUnit);
        put(context, Finding.SUPPLIER_CODE, supplierCode);
        put(context, Finding.CONTRACT_NO, contractNo);
        put(context, Finding.SUPERVISOR_EMAIL, supervisorEmail);
        return new RoutingFacts(code, Category.fromId(category), severity == null ? Severity.ERROR : Severity.valueOf(severity.toUpperCase()),
                null, context);
    }

    private static void put(Map<String, String> context, String key, String value) {
        if (value != null && !value.isBlank()) {
            context.put(key, value.trim());
        }
    }

    /** A context value, with entityType treated as one more attribute so rules can match on it. */
    public String attribute(String key) {
        return "entityType".equals(key) ? entityType : context.get(key);
    }
}
