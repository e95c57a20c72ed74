package au.chim.detect.dropfolder;

import au.chim.finding.Finding;
import au.chim.finding.FindingSnapshot;
import java.util.ArrayList;
import java.util.List;

/** The outcome of checking one drop file: either it was read (snapshots per business key) or it was refused. */
public sealed interface DropFileResult permits DropFileResult.Validated, DropFileResult.Rejected {

    String fileName();

    /** Null only when the file name matches no interface and none was given. */
    DropInterface iface();

    String sourceSystem();

    /** Everything to hand to the register, in order: key snapshots first, then the file-level snapshot. */
    List<FindingSnapshot> snapshots();

    /**
     * A readable file.
     *
     * @param keySnapshots one per business key seen (scope {@code dropfolder:PO:24017/012}); empty findings = that key is fine now
     * @param fileSnapshot file-level findings of this interface+source (scope {@code dropfolder:PO:DATABUILD:file}): rows
     *                     without a key or with too many fields
     * @param formatSnapshot the layout this file has (scope {@code dropfolder:PO:DATABUILD:format}): a format change, or
     *                     empty when the header is as expected, which resolves an earlier format change of this source
     * @param rows         data rows read
     * @param badRows      rows with at least one finding of their own
     * @param keys         the first {@link RejectedFiles#MAX_KEYS} distinct business keys of the file
     * @param keyRuns      runs of rows with one key (the number of keys when each key's rows are together)
     */
    record Validated(String fileName, DropInterface iface, String sourceSystem, List<FindingSnapshot> keySnapshots,
                     FindingSnapshot fileSnapshot, FindingSnapshot formatSnapshot, long rows, long badRows, java.util.Set<String> keys,
                     long keyRuns) implements DropFileResult {
        public Validated {
            keySnapshots = List.copyOf(keySnapshots);
            keys = java.util.Set.copyOf(keys);
        }

        @Override
        public List<FindingSnapshot> snapshots() {
            List<FindingSnapshot> all = new ArrayList<>(keySnapshots);
            all.add(fileSnapshot);
            all.add(formatSnapshot);
            return all;
        }

        /** All findings of the file, flattened (for a report or a count). */
        public List<Finding> findings() {
            return snapshots().stream().flatMap(s -> s.findings().stream()).toList();
        }
    }

    /**
     * A file that cannot be read at all: quarantine it. Its issue is keyed by the file, so no other file resolves it.
     *
     * @param reason     machine-readable reason
     * @param reasonText what a person reads in the quarantine report, naming the line where there is one
     * @param findings   one DROP_FILE_REJECTED (plus INTEGRATION_FORMAT_CHANGE when required columns are missing)
     * @param keys       business keys read before it failed (at most {@link RejectedFiles#MAX_KEYS}): a later file that
     *                   passes for all of them carries this file's data
     */
    record Rejected(String fileName, DropInterface iface, String sourceSystem, UnreadableFileException.Reason reason,
                    String reasonText, List<Finding> findings, java.util.Set<String> keys) implements DropFileResult {
        public Rejected {
            findings = List.copyOf(findings);
            keys = java.util.Set.copyOf(keys);
        }

        /** The scope of this file's own issue, e.g. {@code dropfolder:PO:rejected:PO_DATABUILD_20240304101500.csv}. */
        public String rejectionScope() {
            return DropFileValidator.rejectedScope(iface, fileName);
        }

        public Finding rejection() {
            return findings.get(0);
        }

        public au.chim.finding.Severity severity() {
            return rejection().severity();
        }

        /** Its own issue, and a format change when required columns are missing (an unreadable file says nothing of the layout). */
        @Override
        public List<FindingSnapshot> snapshots() {
            List<FindingSnapshot> out = new ArrayList<>();
            out.add(new FindingSnapshot(rejectionScope(), List.of(rejection())));
            findings.stream().filter(f -> f.code().equals(DropFileValidator.FORMAT_CHANGE)).findFirst()
                    .ifPresent(f -> out.add(new FindingSnapshot(DropFileValidator.formatScope(iface, sourceSystem), List.of(f))));
            return out;
        }
    }
}
