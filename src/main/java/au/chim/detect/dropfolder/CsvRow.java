package au.chim.detect.dropfolder;

import java.util.List;
import java.util.Map;

/**
 * One data row of a drop file. Values are looked up by the interface's column name; {@code [LF]}
 * (the Databuild habit) becomes a line break; blank values are null.
 *
 * @param line   1-based physical line on which the row starts (a quoted field may span lines)
 * @param values the fields as parsed, in file order
 */
public record CsvRow(long line, List<String> values, Map<String, Integer> columnIndex, String[] resolved) {
    /** Marks a value not resolved yet in {@link #resolved} (null means blank). */
    private static final String UNSEEN = new String("unseen");

    public CsvRow(long line, List<String> values, Map<String, Integer> columnIndex) {
        this(line, values, columnIndex, unseen(values.size()));
    }

    private static String[] unseen(int n) {
        String[] a = new String[n];
        java.util.Arrays.fill(a, UNSEEN);
        return a;
    }

    /** Trimmed value of a column, null when the column is absent or the value blank; worked out once per row and column. */
    public String get(String column) {
        Integer i = columnIndex.get(column);
        if (i == null || i >= values.size()) {
            return null;
        }
        String r = resolved[i];
        if (r == UNSEEN) {
            r = resolve(values.get(i));
            resolved[i] = r;
        }
        return r;
    }

    private static String resolve(String v) {
        if (v == null) {
            return null;
        }
        if (v.indexOf('[') >= 0) {
            v = v.replace("[LF]", "\n");
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    public boolean has(String column) {
        return get(column) != null;
    }

    /** The row as it would be written back (comma-joined), for a finding's evidence. */
    public String evidence() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.size() && b.length() < 1000; i++) {
            if (i > 0) {
                b.append(',');
            }
            String v = values.get(i) == null ? "" : values.get(i);
            b.append(v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        return b.toString();
    }
}
