package au.chim.detect.dropfolder;

import au.chim.finding.Finding;
import au.chim.finding.Severity;
import au.chim.rules.Abn;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** PO export rows (domain brief 7.1): required fields, line arithmetic, job/supplier in ClickHome, duplicates, header total. */
final class PoValidator extends RowValidator {
    private final PoVersions versions;
    private final Map<String, Boolean> supplierInSupplierFile = new HashMap<>();
    private final Map<String, String> abnVerdicts = new HashMap<>();
    private String lastCode;
    private String lastAbn;
    private String lastAbnRule;

    PoValidator(FileRun run) {
        super(run);
        this.versions = new PoVersions(run);
    }

    @Override
    void row(CsvRow row) {
        String po = key(row);
        if (po == null) {
            return;
        }
        long before = run.reported();
        String lineNo = row.get("LineNo");
        String p = lineNo == null ? "" : "LineNo " + lineNo + ":";
        required(row, po, p);
        String version = row.get("POVersion") == null ? "?" : row.get("POVersion");
        integer(row, po, p, "POVersion").filter(v -> v < 1).ifPresent(v -> invalid(row, po, p, "POVersion", "must be 1 or more"));
        integer(row, po, p, "LineNo").filter(v -> v < 1).ifPresent(v -> invalid(row, po, p, "LineNo", "must be 1 or more"));
        Optional<String> type = oneOf(row, po, p, "OrderType", "ORDER", "VARIATION", "CANCEL");
        Optional<String> gstCode = oneOf(row, po, p, "GSTCode", "GST", "FRE", "N-T");
        date(row, po, p, "OrderDate");
        date(row, po, p, "RequiredDate");
        Optional<BigDecimal> qty = decimal(row, po, p, "Quantity");
        Optional<BigDecimal> unit = decimal(row, po, p, "UnitPriceExGST");
        Optional<BigDecimal> ex = decimal(row, po, p, "LineExGST");
        Optional<BigDecimal> gst = decimal(row, po, p, "LineGST");
        Optional<BigDecimal> inc = decimal(row, po, p, "LineIncGST");
        arithmetic(row, po, p, type.orElse(""), gstCode.orElse(null), qty, unit, ex, gst, inc);
        job(row, po);
        supplier(row, po);

        PoVersion v = versions.of(po, version, row);
        if (lineNo != null && !v.addLine(lineNo)) {
            run.report(po, run.row("PO_DUPLICATE", Severity.ERROR, row, po, "POVersion " + version + ":" + p + "repeated", "LineNo",
                    lineNo, "appears twice for PO " + po + " version " + version + " in this file").build());
        }
        v.content.add(row);
        ex.ifPresent(x -> v.sumEx = v.sumEx.add(x));
        if (v.statedTotal == null) {
            v.statedTotal = row.get("POTotalExGST");
        }
        v.hadFindings |= run.reported() > before;
    }

    private void arithmetic(CsvRow row, String po, String p, String type, String gstCode, Optional<BigDecimal> qty,
                            Optional<BigDecimal> unit, Optional<BigDecimal> ex, Optional<BigDecimal> gst, Optional<BigDecimal> inc) {
        if (ex.isEmpty()) {
            return;
        }
        BigDecimal exV = ex.get();
        // CANCEL lines may carry 0 amounts against the original quantity.
        if (!"CANCEL".equals(type) && qty.isPresent() && unit.isPresent() && !FieldValues.productMatches(qty.get(), unit.get(), exV)) {
            mismatch("PO_TOTAL_MISMATCH", row, po, p, "LineExGST", exV, "should be round(Quantity " + qty.get().toPlainString()
                    + " x UnitPriceExGST " + unit.get().toPlainString() + ", 2) = "
                    + qty.get().multiply(unit.get()).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        }
        if (gst.isPresent() && gstCode != null) {
            if ("GST".equals(gstCode) && !FieldValues.gstMatches(exV, gst.get())) {
                mismatch("PO_GST_MISMATCH", row, po, p, "LineGST", gst.get(), "should be 10% of LineExGST " + exV.toPlainString()
                        + " = " + FieldValues.gst(exV).toPlainString());
            } else if (!"GST".equals(gstCode) && gst.get().signum() != 0) {
                mismatch("PO_GST_MISMATCH", row, po, p, "LineGST", gst.get(), "should be 0 for GSTCode " + gstCode);
            }
        }
        if (gst.isPresent() && inc.isPresent() && exV.add(gst.get()).compareTo(inc.get()) != 0) {
            mismatch("PO_GST_MISMATCH", row, po, p, "LineIncGST", inc.get(), "should be LineExGST + LineGST = "
                    + exV.add(gst.get()).toPlainString());
        }
    }

    private void mismatch(String code, CsvRow row, String po, String p, String column, BigDecimal value, String rule) {
        run.report(po, run.row(code, Severity.ERROR, row, po, p + column, column, value.toPlainString(), rule)
                .suggestedAction("Correct the PO line amounts in the accounting/estimating system and export the PO again.").build());
    }

    private void job(CsvRow row, String po) {
        String job = row.get("JobNumber");
        if (job == null) {
            return;
        }
        Optional<ClickHomeLookup.Contract> c = run.lookup.contract(job);
        if (c.isEmpty() || !c.get().isConstruction()) {
            run.report(po, run.row("PO_UNKNOWN_CONTRACT", Severity.ERROR, row, po, null, "JobNumber", job, c.isEmpty()
                            ? "is not a ClickHome contract" : "is a ClickHome contract of job type " + c.get().jobType() + ", not Construction")
                    .context(Finding.CONTRACT_NO, job).context(Finding.BUSINESS_UNIT, c.map(ClickHomeLookup.Contract::businessUnit).orElse(null))
                    .suggestedAction("Check the job number on the PO, or create the Construction contract in ClickHome first.").build());
        }
    }

    private void supplier(CsvRow row, String po) {
        String code = row.get("SupplierCode");
        if (code == null) {
            return;
        }
        Optional<ClickHomeLookup.Supplier> s = run.lookup.supplier(code);
        if (s.isEmpty()) {
            // A supplier sent in a SUPPLIER file but not yet imported by ClickHome is not unknown.
            boolean inFile = supplierInSupplierFile.computeIfAbsent(code, k -> run.state.get(SupplierFileValidator.stateKey(k)).isPresent());
            if (!inFile) {
                run.report(po, run.row("PO_UNKNOWN_SUPPLIER", Severity.ERROR, row, po, null, "SupplierCode", code,
                                "is not in ClickHome's supplier master (suppliers must be integrated before their POs)")
                        .context(Finding.SUPPLIER_CODE, code).context(Finding.CONTRACT_NO, row.get("JobNumber"))
                        .suggestedAction("Send the supplier in the supplier master export, or correct the supplier code on the PO.").build());
            }
            return;
        }
        if (s.get().excluded()) {
            run.report(po, run.row("PO_SUPPLIER_EXCLUDED", Severity.INFO, row, po, null, "SupplierCode", code,
                            "is marked 'excluded from integration' in ClickHome, so this PO will not be loaded")
                    .context(Finding.SUPPLIER_CODE, code).context(Finding.CONTRACT_NO, row.get("JobNumber")).build());
        }
        String abn = row.get("SupplierABN");
        if (abn == null) {
            return;
        }
        // one verdict per supplier and ABN as written: the same pair repeats on every line of every PO, most often the row before's
        if (!code.equals(lastCode) || !abn.equals(lastAbn)) {
            lastAbnRule = abnVerdicts.computeIfAbsent(code + "\u001F" + abn, k -> !Abn.isValid(abn) ? "fails the ABN checksum"
                    : Abn.isValid(s.get().abn()) && !Abn.normalise(abn).equals(Abn.normalise(s.get().abn()))
                    ? "differs from the ABN in ClickHome's supplier master" : "");
            lastCode = code;
            lastAbn = abn;
        }
        String rule = lastAbnRule;
        if (!rule.isEmpty()) {
            run.report(po, run.row("PO_SUPPLIER_ABN_MISMATCH", Severity.WARNING, row, po, null, "SupplierABN", abn, rule)
                    .context(Finding.SUPPLIER_CODE, code).build());
        }
    }

    @Override
    void finish() {
        versions.finish();
    }
}
