package au.chim.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a T-SQL parser alone lets through: JSqlParser accepts LIMIT, ||, TRUE and ILIKE (it parses many dialects),
 * and no parser knows which SQL Server version a built-in function needs. This guard looks at the statement's
 * tokens (comments and string literals removed) for H2/PostgreSQL/MySQL-isms and checks every function called
 * against the SQL Server version that introduced it; an unknown function is reported, never assumed to exist.
 */
final class TSqlGuard {
    /** Constructs SQL Server rejects (or means otherwise) that H2 in MODE=MSSQLServer accepts. */
    private static final Map<String, Pattern> NOT_TSQL = Map.ofEntries(
            Map.entry("LIMIT (T-SQL: TOP or OFFSET ... FETCH)", Pattern.compile("(?i)\\bLIMIT\\b")),
            Map.entry("|| (T-SQL: + or CONCAT)", Pattern.compile("\\|\\|")),
            Map.entry("TRUE/FALSE literal (T-SQL: 1/0 on a BIT)", Pattern.compile("(?i)\\b(TRUE|FALSE)\\b")),
            Map.entry("ILIKE (T-SQL: LIKE, the collation decides case)", Pattern.compile("(?i)\\bILIKE\\b")),
            Map.entry("backtick quoting (T-SQL: [name])", Pattern.compile("`")),
            Map.entry(":: cast (T-SQL: CAST)", Pattern.compile("::")),
            Map.entry("BOOLEAN type (T-SQL: BIT)", Pattern.compile("(?i)\\bBOOLEAN\\b")),
            Map.entry("H2 SYSTEM_RANGE", Pattern.compile("(?i)\\bSYSTEM_RANGE\\b")),
            Map.entry("ON CONFLICT / ON DUPLICATE KEY (T-SQL: MERGE)", Pattern.compile("(?i)\\bON\\s+(CONFLICT|DUPLICATE)\\b")),
            Map.entry("RETURNING (T-SQL: OUTPUT)", Pattern.compile("(?i)\\bRETURNING\\b")),
            Map.entry("MINUS (T-SQL: EXCEPT)", Pattern.compile("(?i)\\bMINUS\\b")),
            Map.entry("CURRENT_DATE (T-SQL: CAST(... AS DATE))", Pattern.compile("(?i)\\bCURRENT_DATE\\b")),
            Map.entry("AUTO_INCREMENT/SERIAL (T-SQL: IDENTITY)", Pattern.compile("(?i)\\b(AUTO_INCREMENT|SERIAL)\\b")),
            Map.entry("CREATE ... IF NOT EXISTS (not T-SQL)", Pattern.compile("(?i)\\bCREATE\\s+\\w+\\s+IF\\s+NOT\\s+EXISTS\\b")),
            Map.entry("FETCH FIRST without OFFSET (T-SQL needs ORDER BY ... OFFSET n ROWS FETCH ...)",
                    Pattern.compile("(?i)^(?:(?!\\bOFFSET\\b).)*\\bFETCH\\s+FIRST\\b", Pattern.DOTALL)),
            Map.entry("MERGE not ended by ';' (SQL Server requires it)", Pattern.compile("(?is)^\\s*MERGE\\b(?!.*;\\s*$).*")));

    /** Built-in functions and the SQL Server major version that introduced them (13 = 2016, 14 = 2017, 16 = 2022). */
    private static final Map<String, Integer> FUNCTIONS = functions();
    /** Words before "(" that are not a function call: keywords, and data types with a length. */
    private static final Set<String> NOT_A_CALL = Set.of("IN", "VALUES", "OVER", "TOP", "AND", "OR", "NOT", "WHERE", "ON", "AS", "BY", "THEN", "ELSE",
            "WHEN", "SELECT", "CHECK", "UNIQUE", "KEY", "DEFAULT", "WITH", "EXISTS", "INTO", "FROM", "JOIN", "APPLY", "UNION", "ALL", "IS", "SET", "CASE",
            "INCLUDE", "PATH", "GROUP", "HAVING", "RETURN", "VARCHAR", "NVARCHAR", "CHAR", "NCHAR", "DECIMAL", "NUMERIC", "DATETIME2", "VARBINARY", "BINARY", "TIME",
            "DATETIMEOFFSET", "FLOAT", "IDENTITY", "PARTITION", "USING", "INSERT", "MATCHED", "OUTPUT", "LIKE", "UPDLOCK", "HOLDLOCK", "ROWLOCK", "NOLOCK");
    /** After these words a name followed by "(" is a table, a column list or an alias, not a call. */
    private static final Set<String> NAME_CONTEXT = Set.of("INTO", "FROM", "JOIN", "UPDATE", "TABLE", "REFERENCES", "ON", "AS", "INDEX", "MERGE", "USING");
    private static final Pattern WORD_THEN_PAREN = Pattern.compile("([A-Za-z_][\\w.]*|\\[[^\\]]+\\])\\s*\\(");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][\\w]*");

    /** Table hints T-SQL has; JSqlParser knows only some (NOLOCK, INDEX), so the guard checks them and the parser sees NOLOCK. */
    private static final Pattern TABLE_HINTS = Pattern.compile("(?i)\\bWITH\\s*\\(\\s*((?:UPDLOCK|HOLDLOCK|ROWLOCK|NOLOCK|READPAST|SERIALIZABLE|XLOCK)"
            + "(?:\\s*,\\s*(?:UPDLOCK|HOLDLOCK|ROWLOCK|NOLOCK|READPAST|SERIALIZABLE|XLOCK))*)\\s*\\)");

    private final int minimumMajor;

    TSqlGuard(int minimumMajor) {
        this.minimumMajor = minimumMajor;
    }

    /** Each thing in the statement that is not T-SQL for the declared minimum version; empty when it is fine. */
    List<String> problems(String sql) {
        String code = tokensOnly(sql);
        List<String> out = new ArrayList<>();
        NOT_TSQL.forEach((what, p) -> {
            if (p.matcher(code).find()) {
                out.add(what);
            }
        });
        Matcher m = WORD_THEN_PAREN.matcher(code);
        while (m.find()) {
            String name = m.group(1).toUpperCase();
            String before = previousWord(code, m.start());
            if (NOT_A_CALL.contains(name) || NAME_CONTEXT.contains(before) || name.startsWith("[") || name.contains(".")) {
                continue;
            }
            Integer since = FUNCTIONS.get(name);
            if (since == null) {
                out.add("function " + name + " is not a SQL Server built-in this guard knows (add it with the version that introduced it)");
            } else if (since > minimumMajor) {
                out.add("function " + name + " needs SQL Server major version " + since + " (" + year(since) + "); the declared minimum is "
                        + year(minimumMajor));
            }
        }
        return out;
    }

    /** The statement as JSqlParser can read it: T-SQL table hints it does not know become WITH (NOLOCK). */
    static String forParser(String sql) {
        return TABLE_HINTS.matcher(sql).replaceAll("WITH (NOLOCK)");
    }

    static String year(int major) {
        return switch (major) {
            case 13 -> "2016";
            case 14 -> "2017";
            case 15 -> "2019";
            case 16 -> "2022";
            default -> "major " + major;
        };
    }

    /** The statement without comments, and with every string literal emptied (a literal may say LIMIT or TRUE). */
    static String tokensOnly(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '-' && sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end;
            } else if (c == '/' && sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
                out.append(' ');
            } else if (c == '\'') {
                int j = i + 1;
                while (j < sql.length() && !(sql.charAt(j) == '\'' && (j + 1 >= sql.length() || sql.charAt(j + 1) != '\''))) {
                    j += sql.charAt(j) == '\'' ? 2 : 1;
                }
                out.append("''");
                i = j + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String previousWord(String code, int at) {
        Matcher w = WORD.matcher(code.substring(Math.max(0, at - 40), at));
        String last = "";
        while (w.find()) {
            last = w.group();
        }
        return last.toUpperCase();
    }

    private static Map<String, Integer> functions() {
        Map<String, Integer> f = new java.util.HashMap<>();
        for (String name : ("COUNT COUNT_BIG SUM MIN MAX AVG COALESCE ISNULL NULLIF IIF CHOOSE CAST CONVERT TRY_CAST TRY_CONVERT CONCAT REPLACE "
                + "LTRIM RTRIM LOWER UPPER LEN DATALENGTH SUBSTRING LEFT RIGHT CHARINDEX PATINDEX STUFF REPLICATE REVERSE SPACE STR QUOTENAME "
                + "FORMAT STRING_SPLIT STRING_ESCAPE DATEADD DATEDIFF DATEDIFF_BIG DATEPART DATENAME DATEFROMPARTS DATETIME2FROMPARTS EOMONTH "
                + "GETDATE GETUTCDATE SYSDATETIME SYSUTCDATETIME SYSDATETIMEOFFSET SWITCHOFFSET TODATETIMEOFFSET ROUND ABS FLOOR CEILING SIGN "
                + "POWER SQRT ROW_NUMBER RANK DENSE_RANK NTILE LAG LEAD FIRST_VALUE LAST_VALUE JSON_VALUE JSON_QUERY ISJSON OPENJSON "
                + "SCOPE_IDENTITY OBJECT_ID DB_NAME NEWID HASHBYTES").split(" ")) {
            f.put(name, 13);
        }
        for (String name : "STRING_AGG CONCAT_WS TRIM TRANSLATE".split(" ")) {
            f.put(name, 14);
        }
        for (String name : "GREATEST LEAST DATE_BUCKET DATETRUNC GENERATE_SERIES JSON_OBJECT JSON_ARRAY".split(" ")) {
            f.put(name, 16);
        }
        return Map.copyOf(f);
    }
}
