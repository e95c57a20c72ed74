package au.chim.detect.dropfolder;

import au.chim.finding.Finding;
import au.chim.finding.FindingSnapshot;
import au.chim.finding.Severity;
import java.util.List;

/**
 * The file-level issue of a file that was read with bad rows ({@code DROP_FILE_ROW_ERRORS|drop-file:PO/<name>}): one per
 * file, listing its row issues, so a clerk sees what one export got wrong. Every row finding carries the file's key in
 * {@link #SOURCE_FILE}, which is how the two find each other in the store. WARNING: the rows alert, the file is a summary.
 */
public final class FileRowsNotice {
    public static final String CODE = "DROP_FILE_ROW_ERRORS";
    /** Context key of a row finding: the entity key of its file's issue, e.g. {@code PO/PO_DATABUILD_20240304101500.csv}. */
    public static final String SOURCE_FILE = "sourceFile";

    private FileRowsNotice() {
    }

    /** Scope of one file's own row summary, e.g. {@code dropfolder:PO:rows:PO_DATABUILD_20240304101500.csv}. */
    public static String scope(DropInterface iface, String fileName) {
        String n = fileName.length() <= 150 ? fileName : fileName.substring(0, 150);
        return "dropfolder:" + iface.name() + ":rows:" + n;
    }

    /** Empty when the file had no bad row. */
    static List<FindingSnapshot> of(DropFileResult.Validated v) {
        if (v.badRows() == 0) {
            return List.of();
        }
        String name = v.fileName();
        Finding f = Finding.builder(CODE, v.iface().category(), Severity.WARNING)
                .entity("drop-file", Rejections.fileKey(v.iface(), name))
                .summary("Drop file " + name + " was read with " + v.badRows() + " of " + v.rows() + " rows in error; each has its own issue")
                .detail("File: " + name + "\nInterface: " + v.iface().name() + "\nSource system: " + v.sourceSystem() + "\nRows read: "
                        + v.rows() + "\nRows in error: " + v.badRows())
                .suggestedAction("Work the row issues listed here; correct the rows in " + v.sourceSystem() + " and export them again. "
                        + "This resolves once none of them is open.")
                .source("dropfolder:" + v.iface().name())
                .context(Finding.FILE, name).build();
        return List.of(new FindingSnapshot(scope(v.iface(), name), List.of(f)));
    }
}
