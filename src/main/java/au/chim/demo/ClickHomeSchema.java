package au.chim.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/** Creates the ClickHome reference schema (schema dbo plus config/clickhome/reference-schema.sql) in an empty database. */
public final class ClickHomeSchema {
    private ClickHomeSchema() {
    }

    /**
     * Runs the script statement by statement.
     *
     * @throws IllegalStateException naming the file and the statement number when the file cannot be read or a statement fails
     */
    public static void create(DataSource dataSource, Path script) {
        String text;
        try {
            text = Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read ClickHome schema " + script + ": " + e.getMessage(), e);
        }
        List<String> statements;
        try {
            statements = SqlScript.statements(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cannot parse ClickHome schema " + script + ": " + e.getMessage(), e);
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            // H2 needs the schema; SQL Server already has dbo, where this statement is not valid T-SQL
            if (c.getMetaData().getDatabaseProductName().toLowerCase().contains("h2")) {
                st.execute("CREATE SCHEMA IF NOT EXISTS dbo");
            }
            int no = 0;
            for (String sql : statements) {
                no++;
                try {
                    st.execute(sql);
                } catch (SQLException e) {
                    throw new IllegalStateException("ClickHome schema " + script + " statement " + no + " failed: "
                            + e.getMessage(), e);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create ClickHome schema from " + script + ": " + e.getMessage(), e);
        }
    }
}
