package au.chim.detect.dropfolder;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.Severity;
import au.chim.rules.Abn;
import au.chim.rules.AuPhone;
import au.chim.rules.CallupMethod;
import au.chim.rules.SupplierRecord;
import au.chim.rules.SupplierRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Supplier master rows (domain brief 7.3): the supplier-detail rules, differences from ClickHome's
 * record, an email change on a JobFile-linked supplier, head offices, duplicate codes.
 */
final class SupplierFileValidator extends RowValidator {
    private record Branch(SupplierRecord record, long line, String evidence) {
    }

    private final SupplierRules rules;
    private final List<Branch> branches = new ArrayList<>();
    private final Set<String> notInClickHome = new LinkedHashSet<>();

    SupplierFileValidator(FileRun run) {
        super(run);
        this.rules = new SupplierRules(run.clock, run.sourceName());
    }

    /** State key telling the PO check that a supplier was sent in a supplier file (ClickHome may not have it yet). */
    static String stateKey(String supplierCode) {
        return "supplier:" + supplierCode.toUpperCase(Locale.ROOT);
    }

    @Override
    void row(CsvRow row) {
        String raw = row.get("SupplierCode");
        boolean again = raw != null && run.known(raw);
        String code = key(row);
        if (code == null) {
            return;
        }
        if (again) {
            run.report(code, run.row("SUP_DUPLICATE_CODE", Severity.WARNING, row, code, null, "SupplierCode", code,
                    "appears more than once in this file; ClickHome keeps only one").context(Finding.SUPPLIER_CODE, code).build());
        }
        required(row, code, "");
        Optional<Boolean> gst = yesNo(row, code, "", "GSTRegistered");
        Optional<Boolean> active = yesNo(row, code, "", "Active");
        Optional<CallupMethod> method = Optional.ofNullable(row.get("CallupMethod")).flatMap(CallupMethod::parse);
        if (row.has("CallupMethod") && method.isEmpty()) {
            invalid(row, code, "", "CallupMethod", "is not one of EMAIL / FAX / SMS / JOBFILE / MANUAL");
        }
        SupplierRecord rec = new SupplierRecord(code, row.get("SupplierName"), row.get("ABN"), gst.orElse(null), row.get("Email"),
                row.get("Phone"), row.get("Mobile"), row.get("Fax"), row.get("State"), row.get("Postcode"), method.orElse(null),
                active.orElse(null), row.get("HeadOfficeCode"), date(row, code, "", "InsuranceExpiry").orElse(null), null);
        timestamp(row, code, "", "LastModified");
        for (Finding f : rules.check(rec)) {
            run.report(code, run.atRow(f, row));
        }
        if (rec.headOfficeCode() != null && !rec.headOfficeCode().equalsIgnoreCase(code)) {
            branches.add(new Branch(rec, row.line(), row.evidence()));
        }
        Optional<ClickHomeLookup.Supplier> ch = run.lookup.supplier(code);
        if (ch.isEmpty()) {
            notInClickHome.add(code);
        } else {
            differences(row, code, rec, ch.get());
        }
    }

    private void differences(CsvRow row, String code, SupplierRecord file, ClickHomeLookup.Supplier ch) {
        String fileAbn = Abn.normalise(file.abn());
        String chAbn = Abn.normalise(ch.abn());
        if (fileAbn != null && chAbn != null && !fileAbn.equals(chAbn)) {
            differs(row, code, "abn", "ABN", file.abn(), ch.abn());
        }
        String fileEmail = norm(file.email());
        if (!fileEmail.equals(norm(ch.email())) && !(fileEmail.isEmpty() && norm(ch.email()).isEmpty())) {
            if (ch.jobFileId() != null && !ch.jobFileId().isBlank()) {
                run.report(code, run.row("SUP_EMAIL_CHANGED_JOBFILE", Category.SUPPLIER_DETAILS, Severity.WARNING, row, code, "email",
                                "Email", file.email(), "differs from ClickHome's '" + nv(ch.email())
                                        + "' on a JobFile-linked supplier: JobFile links suppliers by email")
                        .context(Finding.SUPPLIER_CODE, code)
                        .suggestedAction("Ask the supplier to merge their JobFile accounts under the new email before ClickHome imports it.")
                        .build());
            } else {
                differs(row, code, "email", "Email", file.email(), ch.email());
            }
        }
        if (!AuPhone.parse(file.fax()).sameNumberAs(AuPhone.parse(ch.fax()))) {
            differs(row, code, "fax", "Fax", file.fax(), ch.fax());
        }
    }

    private void differs(CsvRow row, String code, String field, String column, String fileValue, String chValue) {
        run.report(code, run.row("SUP_DIFFERS_FROM_CLICKHOME", Category.SUPPLIER_DETAILS, Severity.WARNING, row, code, field, column,
                        fileValue, "differs from ClickHome's '" + nv(chValue) + "'")
                .context(Finding.SUPPLIER_CODE, code)
                .suggestedAction("Check which value is right; if the file is, make sure ClickHome imports it.").build());
    }

    @Override
    void finish() {
        for (Branch b : branches) {
            String ho = b.record().headOfficeCode();
            if (!run.known(ho) && run.lookup.supplier(ho).isEmpty()) {
                rules.check(b.record(), c -> false).stream().filter(f -> f.code().equals("SUP_HEAD_OFFICE_MISSING")).forEach(f ->
                        run.report(b.record().code(), run.atLine(f, b.line(), b.evidence())));
            }
        }
        for (String code : notInClickHome) {
            run.state.put(stateKey(code), run.fileName);
        }
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    private static String nv(String s) {
        return s == null ? "" : s;
    }
}
