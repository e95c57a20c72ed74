package au.chim.routing;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.Severity;
import au.chim.register.Issue;
import au.chim.register.IssueStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Register rows and findings for tests, built like the register would store them. */
public final class TestIssues {
    public static final Path CONFIG = Path.of("config");

    private TestIssues() {
    }

    public static RoutingConfig shippedConfig() {
        return RoutingConfigLoader.load(CONFIG);
    }

    public static Finding finding(String code, Category category, Severity severity, String... contextPairs) {
        Finding.Builder b = Finding.builder(code, category, severity).entity("po", "24017/013").summary(code + " seen");
        for (int i = 0; i + 1 < contextPairs.length; i += 2) {
            b.context(contextPairs[i], contextPairs[i + 1]);
        }
        return b.build();
    }

    /** An open issue, first seen at {@code firstSeen}, seen three times. */
    public static Issue open(long id, String code, Category category, Severity severity, Instant firstSeen,
                             String... contextPairs) {
        return issue(id, code, category, severity, IssueStatus.OPEN, firstSeen, null, "summary of " + code + " #" + id,
                "entity-" + id, contextPairs);
    }

    public static Issue resolved(long id, String code, Category category, Instant firstSeen, Instant resolvedAt) {
        return issue(id, code, category, Severity.ERROR, IssueStatus.RESOLVED, firstSeen, resolvedAt,
                "summary of " + code + " #" + id, "entity-" + id);
    }

    public static Issue issue(long id, String code, Category category, Severity severity, IssueStatus status,
                              Instant firstSeen, Instant resolvedAt, String summary, String entityKey, String... contextPairs) {
        Map<String, String> ctx = new LinkedHashMap<>();
        for (int i = 0; i + 1 < contextPairs.length; i += 2) {
            ctx.put(contextPairs[i], contextPairs[i + 1]);
        }
        return new Issue(id, code + "|po:" + entityKey, code, category, severity, "po", entityKey, null, summary,
                "detail " + id, "evidence row " + id, "fix it", "test", null, Map.copyOf(ctx), status, firstSeen,
                firstSeen.plusSeconds(3600), 3, resolvedAt, null, null, null, null, null);
    }
}
