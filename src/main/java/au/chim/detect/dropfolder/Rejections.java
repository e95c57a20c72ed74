package au.chim.detect.dropfolder;

import au.chim.detect.dropfolder.UnreadableFileException.Reason;
import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The findings of a refused file (its own issue, keyed by the file) and of a format change (keyed by interface+source). */
final class Rejections {
    private Rejections() {
    }

    static DropFileResult.Rejected rejected(String name, DropInterface iface, String source, UnreadableFileException e, FileRun run,
                                            Set<String> keys) {
        String ifaceName = iface == null ? "UNKNOWN" : iface.name();
        List<Finding> findings = new ArrayList<>();
        findings.add(Finding.builder("DROP_FILE_REJECTED", Category.DROP_FILE, Severity.ERROR)
                .entity("drop-file", fileKey(iface, name))
                .summary("Drop file " + name + " was not read: " + e.getMessage())
                .detail("File: " + name + "\nInterface: " + ifaceName + "\nSource system: " + source + "\nReason: " + e.reason() + " - "
                        + e.getMessage() + (keys.isEmpty() ? "" : "\nBusiness keys read before it failed: " + keys.size()))
                .suggestedAction("Fix the export in the sending system and drop a corrected file, or resubmit this one from the quarantine "
                        + "once the cause is fixed; this issue stays open until its data is in ClickHome.")
                .source("dropfolder:" + ifaceName)
                .context(Finding.FILE, name).build());
        if (e.reason() == Reason.MISSING_COLUMNS && run != null) {
            findings.add(formatChange(run, List.of(), List.of(), e.getMessage()));
        }
        Set<String> bounded = keys.size() <= RejectedFiles.MAX_KEYS ? keys : Set.of();
        return new DropFileResult.Rejected(name, iface, source, e.reason(), e.getMessage(), findings, bounded);
    }

    /** The entity key of a file's own issue: {@code PO/PO_DATABUILD_20240304101500.csv}, within monitor_issue.entity_key. */
    static String fileKey(DropInterface iface, String name) {
        String k = (iface == null ? "UNKNOWN" : iface.name()) + "/" + name;
        return k.length() <= 200 ? k : k.substring(0, 200);
    }

    /** ERROR: an unannounced layout must reach IT and the Business Contact the same day, before ClickHome's importer meets it. */
    static Finding formatChange(FileRun run, List<String> added, List<String> missing, String text) {
        String change = text != null ? text
                : (added.isEmpty() ? "" : "new column(s) " + String.join(", ", added))
                + (added.isEmpty() || missing.isEmpty() ? "" : "; ")
                + (missing.isEmpty() ? "" : "missing column(s) " + String.join(", ", missing));
        return Finding.builder(DropFileValidator.FORMAT_CHANGE, Category.FORMAT_CHANGE, Severity.ERROR)
                .entity("drop-interface", run.interfaceKey())
                .summary(run.iface + " file from " + run.source + " changed format: " + change + " (" + run.fileName + ")")
                .detail("File: " + run.fileName + "\nExpected header: " + String.join(",", run.iface.expectedHeader()) + "\nChange: " + change)
                .evidence(change)
                .suggestedAction("Confirm the change with the sending system's owner and ClickHome Support before ClickHome's importer meets it; "
                        + "this stays open until a file from " + run.source + " arrives with the expected layout.")
                .source(run.sourceName())
                .context(Finding.FILE, run.fileName).context(Finding.LINE, 1).build();
    }
}
