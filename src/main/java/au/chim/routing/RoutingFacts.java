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

    /** A context value, with entityType treated as one more attribute so rules can match on it. */
    public String attribute(String key) {
        return "entityType".equals(key) ? entityType : context.get(key);
    }
}
