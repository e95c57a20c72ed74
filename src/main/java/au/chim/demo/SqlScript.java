package au.chim.demo;

import java.util.ArrayList;
import java.util.List;

/** Splits a plain SQL script (no procedural code) into statements, ignoring ';' inside comments and string literals. */
final class SqlScript {
    private SqlScript() {
    }

    /** Statements without comments or the trailing ';'; blank statements are dropped. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int n = script.length();
        int i = 0;
        while (i < n) {
            char c = script.charAt(i);
            char next = i + 1 < n ? script.charAt(i + 1) : '\0';
            if (c == '-' && next == '-') {
                while (i < n && script.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && next == '*') {
                int end = script.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated /* comment at offset " + i);
                }
                cur.append(' ');
                i = end + 2;
            } else if (c == '\'' || c == '"' || c == '[') {
                char close = c == '[' ? ']' : c;
                int j = i + 1;
                while (true) {
                    if (j >= n) {
                        throw new IllegalArgumentException("unterminated " + c + " quote at offset " + i);
                    }
                    if (script.charAt(j) == close) {
                        // a doubled quote is an escaped quote inside the literal
                        if (j + 1 < n && script.charAt(j + 1) == close) {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                cur.append(script, i, j + 1);
                i = j + 1;
            } else if (c == ';') {
                add(out, cur);
                i++;
            } else {
                cur.append(c);
                i++;
            }
        }
        add(out, cur);
        return out;
    }

    private static void add(List<String> out, StringBuilder cur) {
        String s = cur.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        cur.setLength(0);
    }
}
