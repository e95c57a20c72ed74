package au.chim.sql;

import au.chim.detect.clickhome.CheckDefinition;
import au.chim.detect.clickhome.ClickHomeChecks;
import au.chim.testsupport.ShippedChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every statement the monitor sends to ClickHome or to its store, named by where it comes from: the check files
 * with the settings of each profile filled in, the Flyway migrations, the SQL in the routes, and the SQL string
 * literals of src/main/java (the demo loader, which only ever writes the embedded H2, is left out).
 */
final class ShippedStatements {
    record Statement(String source, String sql) {
    }

    /** A Java string literal; concatenations of literals are joined, and a variable between them becomes a name. */
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern SQL_START = Pattern.compile("^\\s*(SELECT|INSERT|UPDATE|DELETE|MERGE)\\s");
    private static final Pattern ROUTE_SQL = Pattern.compile("\"sql:([^\"]+)\"");

    private ShippedStatements() {
    }

    static List<Statement> all() throws IOException {
        List<Statement> out = new ArrayList<>();
        for (String profile : List.of("file:config/application.properties",
                "file:config/application-production.properties,file:config/application.properties")) {
            ClickHomeChecks checks = ShippedChecks.load(profile);
            for (CheckDefinition c : checks.definitions()) {
                out.add(new Statement(c.sqlFile() + " (" + profile + ")", camelSql(checks.query(c.id()))));
            }
        }
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path f : files.sorted().toList()) {
                for (String statement : Files.readString(f).split(";\\s*\\n")) {
                    if (!TSqlGuard.tokensOnly(statement).isBlank()) {
                        out.add(new Statement(f.toString(), statement));
                    }
                }
            }
        }
        try (Stream<Path> files = Files.list(Path.of("routes"))) {
            for (Path f : files.sorted().toList()) {
                Matcher m = ROUTE_SQL.matcher(Files.readString(f));
                while (m.find()) {
                    out.add(new Statement(f.toString(), camelSql(m.group(1))));
                }
            }
        }
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/au/chim/demo/")).sorted().toList()) {
                javaStatements(f, out);
            }
        }
        return out;
    }

    /** camel-sql's rewrite: each :#name becomes a JDBC parameter. */
    static String camelSql(String sql) {
        return sql.replaceAll(":#\\$?\\{?[\\w.]+}?", "?");
    }

    private static void javaStatements(Path file, List<Statement> out) throws IOException {
        String source = Files.readString(file);
        Matcher m = LITERAL.matcher(source);
        StringBuilder chain = null;
        int chainEnd = -1;
        int chainLine = 0;
        while (m.find()) {
            String gap = chainEnd < 0 ? null : source.substring(chainEnd, m.start());
            if (chain != null && gap.matches("\\s*\\+\\s*")) {
                chain.append(m.group(1));
            } else if (chain != null && gap.matches("\\s*\\+\\s*[\\w.()]+\\s*\\+\\s*")) {
                chain.append("x0").append(m.group(1));
            } else {
                flush(file, chainLine, chain, trailing(source, chainEnd), out);
                chain = new StringBuilder(m.group(1));
                chainLine = (int) source.substring(0, m.start()).chars().filter(ch -> ch == '\n').count() + 1;
            }
            chainEnd = m.end();
        }
        flush(file, chainLine, chain, trailing(source, chainEnd), out);
    }

    /** "x0" when the chain ends with a variable ("... GROUP BY " + column), else nothing. */
    private static String trailing(String source, int chainEnd) {
        return chainEnd >= 0 && source.substring(chainEnd, Math.min(source.length(), chainEnd + 80)).matches("(?s)\\s*\\+\\s*[\\w.]+(\\(\\))?\\s*[,;)].*")
                ? "x0" : "";
    }

    private static void flush(Path file, int line, StringBuilder chain, String trailing, List<Statement> out) {
        if (chain != null && SQL_START.matcher(chain).find()) {
            chain.append(trailing);
            // String.format holes: %d (a row count) and %s (a name)
            out.add(new Statement(file + ":" + line, chain.toString().replace("%d", "1").replace("%s", "x0").replace("\\n", "\n")));
        }
    }
}
