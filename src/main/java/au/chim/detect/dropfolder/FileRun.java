package au.chim.detect.dropfolder;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.Severity;
import au.chim.finding.Text;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one file's validation accumulates: findings per business key, file-level findings, and the file's
 * collaborators. Lives for one file only. A key whose rows are now valid gets an (empty) entry when it is of interest:
 * it has an open issue or a quarantined file waits for it. Clean keys of no interest are only counted, so memory grows
 * with the bad keys, not with the file (null interest: every key gets an entry, as a test or a tool may want); the
 * findings themselves stop at a {@link FindingCap}.
 */
final class FileRun {
    final String fileName;
    final DropInterface iface;
    final String source;
    final ClickHomeLookup lookup;
    final CrossFileState state;
    final Clock clock;
    final ZoneId zone;
    private final Map<String, List<Finding>> byKey = new LinkedHashMap<>();
    private final java.util.Set<String> interest;
    /** Every key seen, for the interfaces that report a key repeated in one file (not PO: its versions do that). */
    private final java.util.Set<String> seenKeys;
    private final java.util.Set<String> sample = new java.util.LinkedHashSet<>();
    private long keyRuns;
    private String lastKey;
    private final List<Finding> fileFindings = new ArrayList<>();
    private final List<Finding> formatFindings = new ArrayList<>();
    private long reported;
    private final FindingCap cap;

    FileRun(String fileName, DropInterface iface, String source, ClickHomeLookup lookup, CrossFileState state, Clock clock) {
        this(fileName, iface, source, lookup, state, clock, null, FindingCap.DEFAULT_MAX);
    }

    FileRun(String fileName, DropInterface iface, String source, ClickHomeLookup lookup, CrossFileState state, Clock clock,
            java.util.Set<String> interest, int maxKeyFindings) {
        this.cap = new FindingCap(maxKeyFindings);
        this.interest = interest;
        this.seenKeys = interest == null || iface != DropInterface.PO ? new java.util.HashSet<>() : null;
        this.fileName = fileName;
        this.iface = iface;
        this.source = source;
        this.lookup = lookup;
        this.state = state;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    String sourceName() {
        return "dropfolder:" + iface.name();
    }

    void seen(String key) {
        if (key.equals(lastKey)) {
            return; // the rows of one key come together: its first row did the rest
        }
        keyRuns++;
        lastKey = key;
        if (sample.size() <= RejectedFiles.MAX_KEYS) { // one over: a refused file with more keys than that is matched by resubmit only
            sample.add(key);
        }
        if (seenKeys != null) {
            seenKeys.add(key);
        }
        if ((interest == null || interest.contains(key)) && !cap.passedOver(key)) {
            byKey.computeIfAbsent(key, k -> new ArrayList<>());
        }
    }

    boolean known(String key) {
        return seenKeys != null ? seenKeys.contains(key) : byKey.containsKey(key);
    }

    /** The first {@link RejectedFiles#MAX_KEYS} distinct keys seen: what a resubmitted copy's verification looks for. */
    java.util.Set<String> sampleKeys() {
        return sample;
    }

    /** Runs of rows with the same key (the number of keys when a file keeps each key's rows together, as exports do). */
    long keyRuns() {
        return keyRuns;
    }

    /** Adds a finding to a key's snapshot; the same fingerprint twice in one file is kept once (first line wins). */
    void report(String key, Finding f) {
        reported++;
        if (!cap.admit(key, Long.parseLong(f.context().getOrDefault(Finding.LINE, "0")))) {
            byKey.remove(key);
            return;
        }
        List<Finding> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        String fp = f.fingerprint();
        if (list.stream().noneMatch(x -> x.fingerprint().equals(fp))) {
            list.add(f);
        }
    }

    /** After the last row: one file finding saying how many key findings the cap passed over, when it did. */
    void reportCapped() {
        if (cap.dropped() > 0) {
            reportFile(cap.summary(this));
        }
    }

    void reportFile(Finding f) {
        reported++;
        String fp = f.fingerprint();
        if (fileFindings.stream().noneMatch(x -> x.fingerprint().equals(fp))) {
            fileFindings.add(f);
        }
    }

    /** The layout of the file against the expected header (its own issue, resolved by the next file with the expected layout). */
    void reportFormat(Finding f) {
        formatFindings.add(f);
    }

    List<Finding> formatFindings() {
        return formatFindings;
    }

    long reported() {
        return reported;
    }

    Map<String, List<Finding>> byKey() {
        return byKey;
    }

    List<Finding> fileFindings() {
        return fileFindings;
    }

    /**
     * A finding about one field of one row, in this interface's category, naming file, line, field,
     * value and rule.
     *
     * @param fpField the fingerprint field: stable across files (business line number, not physical line)
     */
    Finding.Builder row(String code, Severity severity, CsvRow row, String key, String fpField, String column, String value,
                        String rule) {
        return at(code, iface.category(), severity, row.line(), row.evidence(), key, fpField, column, value, rule);
    }

    Finding.Builder row(String code, Category category, Severity severity, CsvRow row, String key, String fpField, String column,
                        String value, String rule) {
        return at(code, category, severity, row.line(), row.evidence(), key, fpField, column, value, rule);
    }

    /** As {@link #row} for a check made after the file was read (totals, cross-file), which keeps only line and evidence. */
    Finding.Builder at(String code, Category category, Severity severity, long line, String evidence, String key, String fpField,
                       String column, String value, String rule) {
        String v = value == null ? "" : Text.oneLine(value, 80);
        String subject = key == null ? fileName : iface.entityType().toUpperCase(java.util.Locale.ROOT) + " " + key;
        return Finding.builder(code, category, severity)
                .entity(key == null ? "drop-interface" : iface.entityType(), key == null ? interfaceKey() : key)
                .field(fpField)
                .summary(subject + ": " + column + " '" + v + "' " + rule + " (" + fileName + " line " + line + ")")
                .detail("File: " + fileName + "\nLine: " + line + "\nField: " + column + "\nValue: " + v + "\nRule: " + rule)
                .evidence(evidence)
                .source(sourceName())
                .context(Finding.FILE, fileName)
                .context(Finding.LINE, line)
                .context(FileRowsNotice.SOURCE_FILE, Rejections.fileKey(iface, fileName));
    }

    /** A rules finding (supplier/client details) placed at a file row: same identity, plus where it was seen. */
    Finding atRow(Finding f, CsvRow row) {
        return atLine(f, row.line(), row.evidence());
    }

    Finding atLine(Finding f, long line, String evidence) {
        Map<String, String> ctx = new LinkedHashMap<>(f.context());
        ctx.put(Finding.FILE, fileName);
        ctx.put(Finding.LINE, String.valueOf(line));
        ctx.put(FileRowsNotice.SOURCE_FILE, Rejections.fileKey(iface, fileName));
        String where = "File: " + fileName + "\nLine: " + line + "\nRule: " + f.code();
        return new Finding(f.code(), f.category(), f.severity(), f.entityType(), f.entityKey(), f.field(),
                f.summary() + " (" + fileName + " line " + line + ")",
                f.detail() == null ? where : f.detail() + "\n" + where, evidence, f.suggestedAction(), sourceName(),
                f.detectedAt(), ctx);
    }

    /** The sending system's interface, e.g. {@code PO_DATABUILD}: the key of file-level findings. */
    String interfaceKey() {
        return iface.name() + "_" + source;
    }
}
