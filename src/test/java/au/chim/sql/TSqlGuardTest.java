package au.chim.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import org.junit.jupiter.api.Test;

/**
 * Every statement the monitor sends is T-SQL for the SQL Server version the product supports: it parses, it
 * uses nothing H2 accepts and SQL Server does not, and it calls no built-in newer than the declared minimum.
 * The minimum is read from config/checks.yaml's header, the one place it is stated.
 */
class TSqlGuardTest {
    private static final Pattern MINIMUM = Pattern.compile("Supported minimum: SQL Server (\\d{4})");

    @Test
    void everyShippedStatementIsTSqlForTheDeclaredMinimumVersion() throws Exception {
        TSqlGuard guard = new TSqlGuard(declaredMinimumMajor());
        List<ShippedStatements.Statement> statements = ShippedStatements.all();
        assertTrue(statements.size() > 60, "found only " + statements.size() + " statements: the collection is broken");
        List<String> problems = new ArrayList<>();
        for (ShippedStatements.Statement s : statements) {
            guard.problems(s.sql()).forEach(p -> problems.add(s.source() + ": " + p));
            try {
                CCJSqlParserUtil.parseStatements(TSqlGuard.forParser(s.sql()), parser -> parser.withSquareBracketQuotation(true));
            } catch (Exception e) {
                problems.add(s.source() + ": does not parse: " + firstLine(e) + "\n    " + s.sql().strip().replace("\n", "\n    "));
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void theGuardRejectsWhatH2AcceptsButSqlServerDoesNot() {
        TSqlGuard guard = new TSqlGuard(13);
        for (String h2ism : List.of(
                "SELECT a FROM t ORDER BY a LIMIT 10",
                "SELECT a || b FROM t",
                "SELECT a FROM t WHERE b = TRUE",
                "SELECT a FROM t WHERE b ILIKE 'x%'",
                "SELECT `a` FROM t",
                "SELECT a::int FROM t",
                "SELECT X FROM SYSTEM_RANGE(1, 10)",
                "SELECT a FROM t FETCH FIRST 5 ROWS ONLY",
                "MERGE INTO t USING s ON t.a = s.a WHEN MATCHED THEN UPDATE SET b = s.b",
                "SELECT NVL(a, 0) FROM t")) {
            assertTrue(!guard.problems(h2ism).isEmpty(), "must be rejected: " + h2ism);
        }
        assertTrue(guard.problems("SELECT a FROM t WHERE note = 'LIMIT || TRUE' -- LIMIT in a comment").isEmpty(),
                "words inside literals and comments are not SQL");
    }

    @Test
    void builtInsNewerThanTheMinimumAreRejected() {
        TSqlGuard on2016 = new TSqlGuard(13);
        assertEquals(List.of("function STRING_AGG needs SQL Server major version 14 (2017); the declared minimum is 2016"),
                on2016.problems("SELECT STRING_AGG(code, ', ') FROM t"));
        assertEquals(List.of("function GREATEST needs SQL Server major version 16 (2022); the declared minimum is 2016"),
                on2016.problems("SELECT GREATEST(a, b) FROM t"));
        assertEquals(List.of(), new TSqlGuard(14).problems("SELECT STRING_AGG(code, ', ') WITHIN GROUP (ORDER BY code) FROM t"));
        assertEquals(List.of(), on2016.problems("SELECT TOP (5) CONCAT(a, b), DATEADD(minute, -1, CAST(? AS DATETIME2(0))) FROM dbo.t WITH (UPDLOCK, HOLDLOCK)"));
    }

    private static int declaredMinimumMajor() throws Exception {
        Matcher m = MINIMUM.matcher(Files.readString(Path.of("config/checks.yaml")));
        assertTrue(m.find(), "config/checks.yaml must state 'Supported minimum: SQL Server <year>'");
        return switch (m.group(1)) {
            case "2016" -> 13;
            case "2017" -> 14;
            case "2019" -> 15;
            case "2022" -> 16;
            default -> throw new AssertionError("unknown SQL Server version " + m.group(1));
        };
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        return message.lines().findFirst().orElse(message);
    }
}
