package au.chim.routing;

import au.chim.finding.Category;
import au.chim.finding.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code match:} block of one rule. Every condition given must hold; within one condition any of the
 * listed values will do. Context values (business unit, supplier ...) compare case-insensitively and trimmed,
 * because they come from people typing into ClickHome.
 *
 * @param minSeverity the severity must be at least this; null for any
 * @param attributes  context key (businessUnit, supplierCode, contractNo, entityType, addressee, channel) to accepted values, lower-cased
 */
public record RouteMatcher(Set<Category> categories, Set<String> codes, Severity minSeverity,
                           Map<String, Set<String>> attributes) {
    /** Context keys a rule may match on. */
    public static final List<String> ATTRIBUTE_KEYS = List.of("businessUnit", "supplierCode", "contractNo", "entityType", "addressee", "channel");

    public static final RouteMatcher ANY = new RouteMatcher(Set.of(), Set.of(), null, Map.of());

    public RouteMatcher {
        categories = Set.copyOf(categories);
        codes = Set.copyOf(codes);
        attributes = Map.copyOf(attributes);
    }

    public boolean matches(RoutingFacts f) {
        if (!categories.isEmpty() && !categories.contains(f.category())) {
            return false;
        }
        if (!codes.isEmpty() && !codes.contains(f.code())) {
            return false;
        }
        if (minSeverity != null && !f.severity().atLeast(minSeverity)) {
            return false;
        }
        for (Map.Entry<String, Set<String>> e : attributes.entrySet()) {
            String v = f.attribute(e.getKey());
            if (v == null || !e.getValue().contains(normalise(v))) {
                return false;
            }
        }
        return true;
    }

    static String normalise(String v) {
        return v.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** The conditions as a person wrote them, for the "why you get this" line: {@code category=po-integration businessUnit=qld housing}. */
    public String describe(RoutingFacts f) {
        Map<String, String> parts = new LinkedHashMap<>();
        if (!categories.isEmpty()) {
            parts.put("category", f.category().id());
        }
        if (!codes.isEmpty()) {
            parts.put("code", f.code());
        }
        if (minSeverity != null) {
            parts.put("severity", f.severity() + ">=" + minSeverity);
        }
        attributes.keySet().forEach(k -> parts.put(k, f.attribute(k)));
        return parts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }
}
