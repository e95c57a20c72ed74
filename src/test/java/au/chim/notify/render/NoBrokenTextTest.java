package au.chim.notify.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import au.chim.detect.clickhome.CheckDefinition;
import au.chim.detect.clickhome.DeclaredRowMapper;
import au.chim.finding.Finding;
import au.chim.register.Issue;
import au.chim.register.IssueStatus;
import au.chim.routing.Recipient;
import au.chim.routing.TestIssues;
import au.chim.testsupport.ShippedChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every email template, for every code the shipped checks raise, with each column the check's texts use missing
 * in turn (ClickHome leaves columns empty): no empty placeholder, doubled word or dangling punctuation may show.
 */
class NoBrokenTextTest {
    static final Instant NOW = Instant.parse("2026-11-24T00:00:00Z");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*}}");
    static final Pattern CODE_IN_SQL = Pattern.compile("(?:THEN|ELSE)\\s+'([A-Z][A-Z0-9]*_[A-Z0-9_]+)'");
    static final Map<String, Pattern> FAULTS = new LinkedHashMap<>();

    static {
        FAULTS.put("empty placeholder (two spaces)", Pattern.compile("\\S {2,}\\S"));
        FAULTS.put("empty placeholder (null)", Pattern.compile("\\bnull\\b"));
        FAULTS.put("empty brackets", Pattern.compile("\\(\\s*[,;:]?\\s*\\)"));
        FAULTS.put("doubled word", Pattern.compile("(?i)\\b([a-z][a-z'-]+)\\s+\\1\\b"));
        FAULTS.put("space before punctuation", Pattern.compile("\\w\\s+[,.;:](\\s|$)", Pattern.MULTILINE));
        FAULTS.put("punctuation after punctuation", Pattern.compile("[,;:]\\s*[,.;:]"));
        FAULTS.put("dangling comma or semicolon", Pattern.compile("[,;]\\s*$", Pattern.MULTILINE));
        FAULTS.put("empty label", Pattern.compile("(To do|Why you get this|Open it|Detail|What|Since):\\s*$", Pattern.MULTILINE));
        FAULTS.put("a preposition with nothing after it", Pattern.compile("\\b(for|to|of|from|on|at|by|with|for job)\\s+(for|to|of|from|on|at|by|with)\\b"));
        FAULTS.put("a raw datetime", Pattern.compile("\\d{4}-\\d{2}-\\d{2}"));
    }

    final EmailRenderer renderer = TestRenderers.shipped(RenderSettings.DEFAULT);
    final Recipient anna = TestIssues.shippedConfig().recipients().get("accounts-team");
    final DeclaredRowMapper mapper = new DeclaredRowMapper();

    @Test
    void everyTemplateReadsWellForEveryCodeWithEachColumnMissingInTurn() throws Exception {
        List<String> faults = new ArrayList<>();
        int rendered = 0;
        for (CheckDefinition check : ShippedChecks.load().definitions()) {
            Set<String> columns = placeholders(check);
            for (String code : codes(check)) {
                // the entity key is the issue's identity: a row without it is no issue, so it is never "missing"
                List<String> missing = new ArrayList<>(columns);
                missing.removeAll(keyColumns(check));
                missing.add(0, null);
                for (String gone : missing) {
                    Map<String, Object> row = row(columns, gone, code);
                    for (Finding f : mapper.findings(check, List.of(row))) {
                        for (Map.Entry<String, String> email : emails(issue(f, check)).entrySet()) {
                            rendered++;
                            faults.addAll(faults(check.id() + " " + code + (gone == null ? "" : " without " + gone) + ", "
                                    + email.getKey(), email.getValue()));
                        }
                    }
                }
            }
        }
        System.out.println("NoBrokenTextTest: " + rendered + " email parts rendered, " + faults.size() + " faults");
        assertEquals(List.of(), faults.stream().distinct().limit(40).toList());
    }

    Map<String, String> emails(Issue issue) {
        ItemView full = renderer.item(issue, "NEW", "You handle PO integration errors", anna, NOW);
        ItemView brief = renderer.brief(issue, "You handle PO integration errors", ZoneId.of("Australia/Sydney"), NOW);
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "alert", renderer.alert(anna, List.of(full), false));
        put(out, "catch-up", renderer.alert(anna, List.of(full), true));
        put(out, "reminder", renderer.reminder(anna, List.of(brief), false, 3));
        put(out, "escalation", renderer.reminder(anna, List.of(brief), true, 3));
        put(out, "support request", renderer.supportRequest(anna, full, List.of("Restarted the service")));
        put(out, "hand-on", renderer.handOn(anna, full, "Sam Supervisor", "Not a site issue"));
        return out;
    }

    static void put(Map<String, String> out, String kind, RenderedEmail e) {
        out.put(kind + " subject", e.subject());
        out.put(kind + " text", e.text());
        out.put(kind + " html", EmailRendererTest.unescape(e.html().replaceAll("<[^>]+>", " ").replaceAll("[ \\t]+", " ")
                .replace("&middot;", "·").replace("&hellip;", "…").replace("&ldquo;", "“").replace("&rdquo;", "”")));
    }

    static List<String> faults(String where, String body) {
        List<String> out = new ArrayList<>();
        String checked = where.endsWith("html") ? body.replaceAll("(?m)^\\s+|\\s+$", "").replaceAll(" ([,.;:])", "$1") : body;
        for (String line : checked.split("\n")) {
            String l = line.strip();
            if (l.matches("Hello [^,]+,")) {
                continue;   // the greeting's comma ends its line on purpose
            }
            for (Map.Entry<String, Pattern> f : FAULTS.entrySet()) {
                Matcher m = f.getValue().matcher(l);
                if (m.find()) {
                    out.add(where + ": " + f.getKey() + ": \"" + l + "\"");
                }
            }
        }
        return out;
    }

    static Set<String> placeholders(CheckDefinition c) {
        Set<String> out = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>(java.util.Arrays.asList(c.summary(), c.detail(), c.action(), c.entityKey(), c.entityType(), c.field()));
        texts.addAll(c.context().values());
        for (String t : texts) {
            Matcher m = PLACEHOLDER.matcher(t == null ? "" : t);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    static Set<String> keyColumns(CheckDefinition c) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(c.entityKey() == null ? "" : c.entityKey());
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static Set<String> codes(CheckDefinition c) throws Exception {
        Set<String> out = new LinkedHashSet<>();
        if (c.code() != null) {
            out.add(c.code());
        }
        Matcher m = CODE_IN_SQL.matcher(Files.readString(c.sqlFile()));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** A plausible row: every column the texts use; {@code gone} is NULL, as ClickHome leaves columns empty. */
    static Map<String, Object> row(Set<String> columns, String gone, String code) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String c : columns) {
            row.put(c, c.equals(gone) ? null : value(c));
        }
        row.put("code", code);
        return row;
    }

    static Object value(String column) {
        String c = column.toLowerCase();
        if (c.startsWith("dt")) {
            return java.time.LocalDateTime.parse("2026-11-23T09:14:05");
        }
        if (c.startsWith("in") || c.startsWith("age") || c.startsWith("days") || c.startsWith("hours") || c.endsWith("count")) {
            return 3;
        }
        if (c.startsWith("dc")) {
            return new java.math.BigDecimal("5200.00");
        }
        return "Val" + column.substring(0, 1).toUpperCase() + column.substring(1);
    }

    static Issue issue(Finding f, CheckDefinition c) {
        return new Issue(7, f.fingerprint(), f.code(), f.category(), f.severity(), f.entityType(), f.entityKey(), f.field(),
                f.summary(), f.detail(), f.evidence(), f.suggestedAction(), f.source(), c.scope(), f.context(), IssueStatus.OPEN,
                NOW.minusSeconds(7200), NOW.minusSeconds(600), 2, null, null, null, null, null, null);
    }
}
