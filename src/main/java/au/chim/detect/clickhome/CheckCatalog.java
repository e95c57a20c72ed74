package au.chim.detect.clickhome;

import au.chim.finding.Category;
import au.chim.finding.Severity;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.camel.util.TimeUtils;

/**
 * Loads config/checks.yaml strictly: an unknown key, category, severity or missing SQL file stops
 * startup with the file and the path of the bad entry, so a typo never silently disables a check.
 */
public final class CheckCatalog {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,60}");

    private CheckCatalog() {
    }

    /** The YAML as written; converted to {@link CheckDefinition} after validation. */
    record File(Defaults defaults, List<Entry> checks) {
    }

    record Defaults(String every, Integer maxRows) {
    }

    record Entry(String id, String description, String sql, String every, String category, String code, String severity,
                 Map<String, String> entity, String field, String summary, String detail, String action,
                 Map<String, String> context, Map<String, Object> params, String mapper, Boolean enabled, Integer maxRows) {
    }

    public static List<CheckDefinition> load(Path file, Path sqlFolder, Set<String> knownMappers) {
        File parsed;
        try {
            parsed = new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(Files.readString(file), File.class);
        } catch (JsonMappingException e) {
            throw new IllegalStateException(file + ": " + e.getPathReference() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (parsed == null || parsed.checks() == null) {
            throw new IllegalStateException(file + ": no 'checks:' list");
        }
        Defaults defaults = parsed.defaults() == null ? new Defaults("60s", 10_000) : parsed.defaults();
        List<CheckDefinition> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < parsed.checks().size(); i++) {
            Entry e = parsed.checks().get(i);
            if (e.id() == null || !ID.matcher(e.id()).matches()) {
                throw new IllegalStateException(file + ": checks[" + i + "].id: must be lower-case letters, digits and '-' (was '" + e.id() + "')");
            }
            String at = file + ": checks[" + i + "] (" + e.id() + ")";
            if (!ids.add(e.id())) {
                throw new IllegalStateException(at + ".id: used twice");
            }
            if (Boolean.FALSE.equals(e.enabled())) {
                continue;
            }
            Path sql = sqlFolder.resolve(require(e.sql(), at + ".sql")).normalize();
            if (!Files.isReadable(sql)) {
                throw new IllegalStateException(at + ".sql: file not found: " + sql);
            }
            if (e.mapper() != null && !knownMappers.contains(e.mapper())) {
                throw new IllegalStateException(at + ".mapper: unknown rule '" + e.mapper() + "' (known: " + knownMappers + ")");
            }
            Map<String, String> entity = e.entity() == null ? Map.of() : e.entity();
            if (e.mapper() == null) {
                require(entity.get("type"), at + ".entity.type");
                require(entity.get("key"), at + ".entity.key");
                require(e.summary(), at + ".summary");
                require(e.code(), at + ".code");
            }
            Category category = parse(() -> Category.fromId(require(e.category(), at + ".category")), at + ".category");
            Severity severity = parse(() -> Severity.valueOf(e.severity() == null ? "ERROR" : e.severity().toUpperCase()), at + ".severity");
            Duration every = parse(() -> TimeUtils.toDuration(e.every() == null ? defaults.every() : e.every()), at + ".every");
            int maxRows = e.maxRows() != null ? e.maxRows() : defaults.maxRows() == null ? 10_000 : defaults.maxRows();
            out.add(new CheckDefinition(e.id(), e.description(), sql, every, category, e.code(), severity, entity.get("type"),
                    entity.get("key"), e.field(), e.summary(), e.detail(), e.action(),
                    e.context() == null ? Map.of() : new LinkedHashMap<>(e.context()),
                    e.params() == null ? Map.of() : new LinkedHashMap<>(e.params()), e.mapper(), maxRows));
        }
        return List.copyOf(out);
    }

    private static String require(String value, String at) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(at + ": required");
        }
        return value;
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, String at) {
        try {
            return parser.get();
        } catch (IllegalStateException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalStateException(at + ": " + e.getMessage(), e);
        }
    }

    static String describe(List<CheckDefinition> checks) {
        return checks.stream().map(CheckDefinition::id).collect(Collectors.joining(", "));
    }
}
