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
     * @param fileSnapshot file-level findings of this interface+source (scope {@code dropfolder:PO:DATABUILD:file}): format
     *                     change, rows without a key; empty = resolves an earlier rejection or format change
     * @param rows         data rows read
     * @param badRows      rows with at least one finding of their own
     */
    record Validated(String fileName, DropInterface iface, String sourceSystem, List<FindingSnapshot> keySnapshots,
                     FindingSnapshot fileSnapshot, long rows, long badRows) implements DropFileResult {
        public Validated {
            keySnapshots = List.copyOf(keySnapshots);
        }

        @Override
        public List<FindingSnapshot> snapshots() {
            List<FindingSnapshot> all = new ArrayList<>(keySnapshots);
            all.add(fileSnapshot);
            return all;
        }

        /** All findings of the file, flattened (for a report or a count). */
        public List<Finding> findings() {
            return snapshots().stream().flatMap(s -> s.findings().stream()).toList();
        }
    }

    /**
     * A file that cannot be read at all: quarantine it.
     *
     * @param reason     machine-readable reason
     * @param reasonText what a person reads in the quarantine report, naming the line where there is one
     * @param findings   one DROP_FILE_REJECTED (plus INTEGRATION_FORMAT_CHANGE when required columns are missing)
     */
    record Rejected(String fileName, DropInterface iface, String sourceSystem, UnreadableFileException.Reason reason,
                    String reasonText, List<Finding> findings) implements DropFileResult {
        public Rejected {
            findings = List.copyOf(findings);
        }

        /** The file-level snapshot of this interface+source, same scope as {@link Validated#fileSnapshot()}. */
        public FindingSnapshot fileSnapshot() {
            return new FindingSnapshot(DropFileValidator.fileScope(iface, sourceSystem), findings);
        }

        @Override
        public List<FindingSnapshot> snapshots() {
            return List.of(fileSnapshot());
        }
    }
}
