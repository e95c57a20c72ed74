package au.chim.detect.dropfolder;

import au.chim.finding.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks the rows of one interface's file. One instance per file: it may keep per-key state
 * between {@link #row} calls and report cross-row problems in {@link #finish}.
 */
abstract class RowValidator {
    static final String ROW_INVALID = "DROP_ROW_INVALID";

    protected final FileRun run;

    RowValidator(FileRun run) {
        this.run = run;
    }

    abstract void row(CsvRow row);

    /** Called once after the last row of a readable file; state writes belong here, never for a refused file. */
    void finish() {
    }

    /** The row's business key, or null after reporting a file-level finding when it is blank. */
    protected String key(CsvRow row) {
        String key = row.get(run.iface.keyColumn());
        if (key == null) {
            run.reportFile(run.row(ROW_INVALID, Severity.ERROR, row, null, "line " + row.line() + ":" + run.iface.keyColumn(),
                    run.iface.keyColumn(), "", "is required (the row cannot be matched to a " + run.iface.entityType() + ")").build());
            return null;
        }
        run.seen(key);
        return key;
    }

    /** Reports every required column that is blank, except the key (already checked). */
    protected void required(CsvRow row, String key, String prefix) {
        for (String c : run.iface.requiredColumns()) {
            if (!c.equals(run.iface.keyColumn()) && !row.has(c)) {
                invalid(row, key, prefix, c, "is required");
            }
        }
    }

    protected void invalid(CsvRow row, String key, String prefix, String column, String rule) {
        run.report(key, run.row(ROW_INVALID, Severity.ERROR, row, key, prefix + column, column, row.get(column), rule).build());
    }

    protected Optional<BigDecimal> decimal(CsvRow row, String key, String prefix, String column) {
        return parsed(row, key, prefix, column, FieldValues::decimal, "is not a plain decimal (no $, no thousands separator)");
    }

    protected Optional<Integer> integer(CsvRow row, String key, String prefix, String column) {
        return parsed(row, key, prefix, column, FieldValues::integer, "is not a whole number");
    }

    protected Optional<LocalDate> date(CsvRow row, String key, String prefix, String column) {
        return parsed(row, key, prefix, column, FieldValues::date, "is not a date (yyyy-MM-dd or dd/MM/yyyy)");
    }

    protected Optional<OffsetDateTime> timestamp(CsvRow row, String key, String prefix, String column) {
        return parsed(row, key, prefix, column, v -> FieldValues.timestamp(v, run.zone),
                "is not a timestamp (yyyy-MM-ddTHH:mm:ss with or without offset)");
    }

    protected Optional<Boolean> yesNo(CsvRow row, String key, String prefix, String column) {
        return parsed(row, key, prefix, column, FieldValues::yesNo, "is not Y or N");
    }

    /** The value upper-cased when it is one of {@code allowed}; empty (and a finding) otherwise. */
    protected Optional<String> oneOf(CsvRow row, String key, String prefix, String column, String... allowed) {
        String v = row.get(column);
        if (v == null) {
            return Optional.empty();
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(v)) {
                return Optional.of(a);
            }
        }
        // the rule's text only for a bad value: this runs for every row
        invalid(row, key, prefix, column, "is not one of " + String.join(" / ", allowed));
        return Optional.empty();
    }

    /** Blank gives empty without a finding (required() reports blanks); an unparseable value gives a finding. */
    private <T> Optional<T> parsed(CsvRow row, String key, String prefix, String column, Function<String, Optional<T>> parser,
                                   String rule) {
        String v = row.get(column);
        if (v == null) {
            return Optional.empty();
        }
        Optional<T> p = parser.apply(v);
        if (p.isEmpty()) {
            invalid(row, key, prefix, column, rule);
        }
        return p;
    }
}
