package au.chim.detect.dropfolder;

import au.chim.finding.Finding;
import au.chim.finding.Text;
import java.time.Clock;

/** The text beside a quarantined file: what it is, why it was not read, and what to do. */
final class QuarantineReport {
    private QuarantineReport() {
    }

    static String rejected(DropWork work, Clock clock) {
        DropFileResult.Rejected r = (DropFileResult.Rejected) work.result();
        StringBuilder b = new StringBuilder();
        b.append("Drop file quarantined by the ClickHome monitor\r\n\r\n")
                .append("File:          ").append(Text.oneLine(r.fileName(), 260)).append("\r\n")
                .append("Folder:        ").append(work.folder().folder()).append("\r\n")
                .append("Interface:     ").append(r.iface() == null ? "unknown" : r.iface().name()).append("\r\n")
                .append("Source system: ").append(r.sourceSystem()).append("\r\n")
                .append("Quarantined:   ").append(clock.instant()).append("\r\n")
                .append("SHA-256:       ").append(work.sha256()).append("\r\n")
                .append(work.previous() == null ? "" : "Same bytes as: " + Text.oneLine(work.previous(), 260)
                        + " (rejected before; this drop is its own issue)\r\n")
                .append("Reason:        ").append(r.reason()).append("\r\n")
                .append("               ").append(Text.oneLine(r.reasonText(), 1000)).append("\r\n\r\n")
                .append("Findings raised:\r\n");
        for (Finding f : r.findings()) {
            b.append("  - ").append(f.code()).append(": ").append(f.summary()).append("\r\n");
        }
        b.append("\r\nThe file was not read into anything. Fix the export in the sending system and drop a complete, correct file,\r\n")
                .append("or once the cause is fixed resubmit this one (dashboard, or POST /api/files/<id>/resubmit with a reason).\r\n")
                .append("Its issue stays open until its data is loaded in ClickHome. This copy is never deleted by the monitor.\r\n");
        return b.toString();
    }
}
