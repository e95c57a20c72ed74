package au.chim.detect.clickhome;

import au.chim.finding.Finding;
import au.chim.finding.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Check mapper "failedMessages": one issue per failed message, except that a supplier whose
 * messages keep failing gets one issue about the supplier instead of one per message (the fix is the
 * supplier's address or line, not each call-up). The threshold is the check's {@code supplierThreshold} param.
 * Gateway faults and unknown failures are never folded into the supplier: they are not the supplier's.
 */
public class FailedMessagesRule implements CheckRowsMapper {
    private final DeclaredRowMapper declared = new DeclaredRowMapper();

    @Override
    public List<Finding> findings(CheckDefinition check, List<Map<String, Object>> rows) {
        int threshold = Integer.parseInt(String.valueOf(check.params().getOrDefault("supplierThreshold", 3)));
        Map<String, List<Map<String, Object>>> bySupplier = rows.stream()
                .filter(r -> DeclaredRowMapper.caseInsensitive(r).get("supplierCode") != null && aboutTheSupplier(r))
                .collect(Collectors.groupingBy(r -> String.valueOf(DeclaredRowMapper.caseInsensitive(r).get("supplierCode")),
                        LinkedHashMap::new, Collectors.toList()));
        List<Finding> out = new ArrayList<>();
        List<Map<String, Object>> single = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Object supplier = DeclaredRowMapper.caseInsensitive(row).get("supplierCode");
            if (supplier == null || !aboutTheSupplier(row) || bySupplier.get(String.valueOf(supplier)).size() < threshold) {
                single.add(row);
            }
        }
        out.addAll(declared.findings(check, single));
        bySupplier.forEach((supplier, failures) -> {
            if (failures.size() >= threshold) {
                Map<String, Object> latest = DeclaredRowMapper.caseInsensitive(failures.get(failures.size() - 1));
                out.add(Finding.builder("MSG_SUPPLIER_REPEATED_FAILURES", check.category(), Severity.ERROR)
                        .entity("supplier", supplier)
                        .summary(failures.size() + " messages to " + latest.get("recipientName") + " (" + supplier + ") have failed; latest: "
                                + latest.get("lastError"))
                        .detail("Failed message ids: " + failures.stream().map(r -> String.valueOf(DeclaredRowMapper.caseInsensitive(r).get("idMessage")))
                                .collect(Collectors.joining(", ")))
                        .evidence(DeclaredRowMapper.evidence(failures.get(failures.size() - 1)))
                        .suggestedAction("Check " + supplier + "'s email address, fax number and call-up method in the supplier master; phone the trade "
                                + "about the call-ups it missed, then re-send them from ClickHome.")
                        .context(Finding.SUPPLIER_CODE, supplier)
                        .context(Finding.BUSINESS_UNIT, latest.get("businessUnit"))
                        .context(Finding.ADDRESSEE, "supplier")
                        .source(check.scope())
                        .build());
            }
        });
        return out;
    }

    /** A gateway fault or a failure nobody can classify says nothing about the supplier's address or line. */
    private static boolean aboutTheSupplier(Map<String, Object> row) {
        Object code = DeclaredRowMapper.caseInsensitive(row).get("code");
        return !"MSG_FAX_GATEWAY".equals(code) && !"MSG_FAX_UNKNOWN_FAILURE".equals(code);
    }
}
