package au.chim.detect.dropfolder;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.FindingSnapshot;
import au.chim.finding.Severity;
import java.util.List;

/** "Same content dropped twice": names the later file as the copy (files are read oldest first) and the first one. */
final class DuplicateNotice {
    private DuplicateNotice() {
    }

    /** Scope of the notice of one interface+source, e.g. {@code dropfolder:PO:DATABUILD:duplicate}. */
    static String scope(DropInterface iface, String source) {
        return "dropfolder:" + iface.name() + ":" + source + ":duplicate";
    }

    static FindingSnapshot of(DropFolder folder, String name, ProcessedFiles.Entry first) {
        String source = folder.iface().matchName(name).map(DropInterface.FileName::source).orElse("UNKNOWN");
        Finding f = Finding.builder("DROP_FILE_DUPLICATE", Category.DROP_FILE, Severity.WARNING)
                .entity("drop-interface", folder.iface().name() + "_" + source)
                .summary("Drop file " + name + " is a copy of " + first.fileName() + " (same content, first seen " + first.firstSeen()
                        + "); the copy was archived and not processed again")
                .detail("Copy: " + name + "\nFirst file with these bytes: " + first.fileName() + " (" + first.status() + ")\nSHA-256: "
                        + first.sha256())
                .suggestedAction("Check why the export ran twice or the file was copied back; nothing needs undoing in ClickHome.")
                .source("dropfolder:" + folder.iface().name())
                .context(Finding.FILE, name).build();
        return new FindingSnapshot(scope(folder.iface(), source), List.of(f));
    }
}
