package au.chim.detect.dropfolder;

import au.chim.finding.Finding;
import au.chim.finding.Severity;
import au.chim.rules.ClientRecord;
import au.chim.rules.ClientRules;
import java.math.BigDecimal;
import java.util.Optional;

/** Job/estimate import rows (domain brief 7.4): client contact, site state/postcode, contract GST arithmetic, business unit. */
final class JobValidator extends RowValidator {
    private final ClientRules clientRules;

    JobValidator(FileRun run) {
        super(run);
        this.clientRules = new ClientRules(run.sourceName());
    }

    @Override
    void row(CsvRow row) {
        String raw = row.get("JobNumber");
        boolean again = raw != null && run.known(raw);
        String job = key(row);
        if (job == null) {
            return;
        }
        if (again) {
            run.report(job, run.row("JOB_DUPLICATE", Severity.WARNING, row, job, null, "JobNumber", job,
                    "appears more than once in this file").context(Finding.CONTRACT_NO, job).build());
        }
        required(row, job, "");
        oneOf(row, job, "", "JobType", "CONSTRUCTION", "PRECONSTRUCTION", "MAINTENANCE");
        date(row, job, "", "ContractSignedDate");
        String clientKey = row.get("ClientCode") != null ? row.get("ClientCode") : "job " + job;
        ClientRecord client = new ClientRecord(clientKey, row.get("ClientName"), row.get("ClientEmail"), row.get("ClientMobile"),
                row.get("ClientPhone"), row.get("State"), row.get("Postcode"));
        for (Finding f : clientRules.check(client)) {
            run.report(job, run.atRow(withJob(f, job), row));
        }
        Optional<BigDecimal> ex = decimal(row, job, "", "ContractPriceExGST");
        Optional<BigDecimal> gst = decimal(row, job, "", "ContractGST");
        Optional<BigDecimal> inc = decimal(row, job, "", "ContractPriceIncGST");
        if (ex.isPresent() && gst.isPresent() && !FieldValues.gstMatches(ex.get(), gst.get())) {
            run.report(job, run.row("JOB_GST_MISMATCH", Severity.ERROR, row, job, "ContractGST", "ContractGST",
                    gst.get().toPlainString(), "should be 10% of ContractPriceExGST " + ex.get().toPlainString() + " = "
                            + FieldValues.gst(ex.get()).toPlainString()).context(Finding.CONTRACT_NO, job).build());
        }
        if (ex.isPresent() && gst.isPresent() && inc.isPresent() && ex.get().add(gst.get()).compareTo(inc.get()) != 0) {
            run.report(job, run.row("JOB_GST_MISMATCH", Severity.ERROR, row, job, "ContractPriceIncGST", "ContractPriceIncGST",
                    inc.get().toPlainString(), "should be ContractPriceExGST + ContractGST = " + ex.get().add(gst.get()).toPlainString())
                    .context(Finding.CONTRACT_NO, job).build());
        }
        String bu = row.get("BusinessUnit");
        if (bu != null && !run.lookup.businessUnitExists(bu)) {
            run.report(job, run.row("JOB_BUSINESS_UNIT_UNKNOWN", Severity.ERROR, row, job, null, "BusinessUnit", bu,
                            "is not a ClickHome business unit").context(Finding.CONTRACT_NO, job)
                    .suggestedAction("Map the estimating system's business unit to a ClickHome business unit, or correct the job.").build());
        }
    }

    /** Client findings raised from a job import also name the job, so routing can narrow by contract. */
    private static Finding withJob(Finding f, String job) {
        java.util.Map<String, String> ctx = new java.util.LinkedHashMap<>(f.context());
        ctx.put(Finding.CONTRACT_NO, job);
        return new Finding(f.code(), f.category(), f.severity(), f.entityType(), f.entityKey(), f.field(), f.summary(), f.detail(),
                f.evidence(), f.suggestedAction(), f.source(), f.detectedAt(), ctx);
    }
}
