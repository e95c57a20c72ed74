package au.chim.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A check's T-SQL prepared the way camel-sql runs it: each :#name becomes a JDBC parameter bound from the check's params, in order. */
public final class CheckSql {
    private static final Pattern PARAM = Pattern.compile(":#(\\w+)");

    private CheckSql() {
    }

    /** {@code prefix} goes in front of the query, e.g. "EXPLAIN ANALYZE ". */
    public static PreparedStatement prepare(Connection con, String prefix, String sql, Map<String, Object> params) throws SQLException {
        List<Object> values = new ArrayList<>();
        Matcher m = PARAM.matcher(sql);
        StringBuilder jdbc = new StringBuilder(prefix);
        while (m.find()) {
            if (!params.containsKey(m.group(1))) {
                throw new IllegalArgumentException("the query reads :#" + m.group(1) + " but the check has no such param");
            }
            values.add(params.get(m.group(1)));
            m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        PreparedStatement ps = con.prepareStatement(jdbc.toString());
        for (int i = 0; i < values.size(); i++) {
            ps.setObject(i + 1, values.get(i));
        }
        return ps;
    }
}
