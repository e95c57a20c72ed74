package au.chim.detect.dropfolder;

/**
 * One data row of a drop file. Values are looked up by the interface's column name; {@code [LF]}
 * (the Databuild habit) becomes a line break; blank values are null.
 *
 * @param line   1-based physical line on which the row starts (a quoted field may span lines)
 * @param fields the fields as parsed, in file order (an array: every check of every row reads it)
 */
public record CsvRow(long line, String[] fields, ColumnPositions columns, String[] resolved) {
    /** Marks a blank value in {@link #resolved}, where null means not resolved yet (a new array is all null). */
    private static final String BLANK = new String("blank");

    CsvRow(long line, String[] fields, ColumnPositions columns) {
        this(line, fields, columns, new String[fields.length]);
    }

    /** Trimmed value of a column, null when the column is absent or the value blank; worked out once per row and column. */
    public String get(String column) {
        return at(columns.of(column));
    }

    /** Trimmed value at a position in the file, null when blank or beyond the row's fields (or the position is -1). */
    String at(int i) {
        if (i < 0 || i >= fields.length) {
            return null;
        }
        String r = resolved[i];
        if (r == null) {
            r = resolve(fields[i]);
            resolved[i] = r == null ? BLANK : r;
        }
        return r == BLANK ? null : r;
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
        for (int i = 0; i < fields.length && b.length() < 1000; i++) {
            if (i > 0) {
                b.append(',');
            }
            String v = fields[i] == null ? "" : fields[i];
            b.append(v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        return b.toString();
    }
}
