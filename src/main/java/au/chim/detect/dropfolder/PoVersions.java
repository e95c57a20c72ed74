package au.chim.detect.dropfolder;

import au.chim.finding.Category;
import au.chim.finding.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PO versions of one file, in a bounded structure so memory does not grow with the file: at most {@link #OPEN}
 * versions are open (the least recently seen is settled when a new one arrives; exports keep a PO's lines together),
 * and settled versions are checked in batches of {@link #BATCH} with one store round trip each: the header total, and
 * "same PO number + version received before with other content". A PO whose lines lie more than {@link #OPEN} POs
 * apart in one file is checked in parts (its repeated line numbers across the parts are not seen).
 */
final class PoVersions {
    static final int OPEN = 100;
    static final int BATCH = 200;

    private final FileRun run;
    private final List<PoVersion> settling = new ArrayList<>();
    private final RowSetHash.Scratch scratch = new RowSetHash.Scratch();
    private PoVersion last;
    private final LinkedHashMap<String, PoVersion> open = new LinkedHashMap<>(OPEN * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PoVersion> eldest) {
            if (size() <= OPEN) {
                return false;
            }
            settle(eldest.getValue());
            return true;
        }
    };

    PoVersions(FileRun run) {
        this.run = run;
    }

    PoVersion of(String po, String version, CsvRow row) {
        // A PO's lines come together: the version of the row before is the usual answer, and the youngest entry
        // of the access-ordered map, so never the one evicted.
        if (last == null || !last.poNumber.equals(po) || !last.version.equals(version)) {
            last = open.computeIfAbsent(po + "\u001F" + version, k -> new PoVersion(po, version, row, scratch));
        }
        return last;
    }

    /** After the last row: settles every version still open. */
    void finish() {
        List<PoVersion> rest = new ArrayList<>(open.values());
        open.clear();
        last = null;
        rest.forEach(this::settle);
        flush();
    }

    private void settle(PoVersion v) {
        settling.add(v);
        if (settling.size() >= BATCH) {
            flush();
        }
    }

    private void flush() {
        if (settling.isEmpty()) {
            return;
        }
        List<String> keys = settling.stream().map(PoVersions::stateKey).toList();
        Map<String, String> stored = run.state.getAll(keys);
        Map<String, String> writes = new LinkedHashMap<>();
        for (PoVersion v : settling) {
            total(v);
            crossFile(v, stored.get(stateKey(v)), writes);
        }
        run.state.putAll(writes);
        settling.clear();
    }

    private static String stateKey(PoVersion v) {
        return "po:" + v.poNumber + "|" + v.version;
    }

    private void total(PoVersion v) {
        if (v.statedTotal == null) {
            return;
        }
        Optional<BigDecimal> stated = FieldValues.decimal(v.statedTotal);
        if (stated.isPresent() && stated.get().compareTo(v.sumEx) != 0) {
            run.report(v.poNumber, run.at("PO_TOTAL_MISMATCH", Category.PO_INTEGRATION, Severity.ERROR, v.firstLine, v.firstEvidence,
                    v.poNumber, "POVersion " + v.version + ":POTotalExGST", "POTotalExGST", v.statedTotal,
                    "differs from the sum of LineExGST " + v.sumEx.toPlainString()).build());
        }
    }

    /** Same PO number + version already received in another file with other content: ClickHome keeps the first. */
    private void crossFile(PoVersion v, String seen, Map<String, String> writes) {
        String hash = v.content.hex();
        if (seen != null) {
            String[] parts = seen.split("\\|", 2);
            String otherFile = parts.length > 1 ? parts[1] : "?";
            if (!parts[0].equals(hash) && !otherFile.equals(run.fileName)) {
                run.report(v.poNumber, run.at("PO_DUPLICATE", Category.PO_INTEGRATION, Severity.ERROR, v.firstLine, v.firstEvidence,
                                v.poNumber, "POVersion " + v.version, "POVersion", v.version,
                                "was received before in " + otherFile + " with different content; a change needs a new POVersion")
                        .suggestedAction("Re-issue the PO as version " + next(v.version) + " instead of resending version " + v.version + ".")
                        .build());
                return;
            }
        }
        // Only a clean PO counts as received: a corrected resend of a bad one under the same version is welcome.
        if (!v.hadFindings && (seen == null || !seen.startsWith(hash + "|"))) {
            writes.put(stateKey(v), hash + "|" + run.fileName);
        }
    }

    private static String next(String version) {
        return FieldValues.integer(version).map(i -> String.valueOf(i + 1)).orElse("+1");
    }

    Collection<PoVersion> openVersions() {
        return open.values();
    }
}
