package au.chim.detect.dropfolder;

import au.chim.finding.Finding;
import au.chim.finding.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** PO acknowledgement rows (domain brief 7.2): REJECTED approvals, the same ApprovalId twice, required fields. */
final class PoAckValidator extends RowValidator {
    /** ApprovalId -> "status|file" to remember once the file has been read to the end. */
    private final Map<String, String> pending = new LinkedHashMap<>();

    PoAckValidator(FileRun run) {
        super(run);
    }

    static String stateKey(String approvalId) {
        return "ack:" + approvalId;
    }

    @Override
    void row(CsvRow row) {
        String id = row.get("ApprovalId");
        boolean again = id != null && run.known(id);
        id = key(row);
        if (id == null) {
            return;
        }
        required(row, id, "");
        Optional<String> status = oneOf(row, id, "", "AccountingStatus", "ACCEPTED", "REJECTED", "ON_HOLD", "PAID");
        timestamp(row, id, "", "ProcessedAt");
        date(row, id, "", "PaidDate");
        if (status.filter("PAID"::equals).isPresent() && !row.has("PaidDate")) {
            invalid(row, id, "", "PaidDate", "is required when AccountingStatus is PAID");
        }
        if (status.filter("REJECTED"::equals).isPresent()) {
            String reason = row.get("RejectReason");
            run.report(id, run.row("APPROVAL_REJECTED", Severity.ERROR, row, id, null, "AccountingStatus", "REJECTED",
                            "accounting rejected the authorisation to pay for PO " + row.get("PONumber") + ": "
                                    + (reason == null ? "(no RejectReason given)" : reason))
                    .context(Finding.CONTRACT_NO, row.get("JobNumber")).context(Finding.SUPPLIER_CODE, row.get("SupplierCode"))
                    .suggestedAction("Resolve the reason with accounts, then re-approve the task in ClickHome or correct the PO.").build());
        }
        if (again) {
            run.report(id, run.row("APPROVAL_DUPLICATE", Severity.WARNING, row, id, null, "ApprovalId", id,
                    "appears more than once in this file").build());
        } else if (status.isPresent()) {
            Optional<String> before = run.state.get(stateKey(id));
            // The same status again from another file is a duplicate; a new status (ACCEPTED -> PAID) is progress.
            if (before.isPresent() && before.get().startsWith(status.get() + "|") && !before.get().endsWith("|" + run.fileName)) {
                run.report(id, run.row("APPROVAL_DUPLICATE", Severity.WARNING, row, id, null, "ApprovalId", id,
                        "was already acknowledged as " + status.get() + " in " + before.get().substring(status.get().length() + 1)).build());
            }
            pending.put(id, status.get() + "|" + run.fileName);
        }
    }

    @Override
    void finish() {
        pending.forEach((id, value) -> run.state.put(stateKey(id), value));
    }
}
