package au.chim.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {
    @Test
    void semicolonsInCommentsAndLiteralsDoNotSplit() {
        String script = "/* header; with; semicolons */\nCREATE TABLE a (x INT); -- trailing; comment\n"
                + "INSERT INTO a VALUES ('it''s; fine');\n/* loads; rows */ SELECT [odd;name] FROM a;\n\n";
        assertEquals(List.of("CREATE TABLE a (x INT)", "INSERT INTO a VALUES ('it''s; fine')", "SELECT [odd;name] FROM a"),
                SqlScript.statements(script));
    }

    @Test
    void unterminatedCommentIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SqlScript.statements("SELECT 1; /* oops"));
        assertEquals("unterminated /* comment at offset 10", e.getMessage());
    }
}
