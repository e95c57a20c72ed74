package au.chim.detect.clickhome;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.Severity;
import au.chim.rules.CallupMethod;
import au.chim.rules.SupplierRecord;
import au.chim.rules.SupplierRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Check mapper "supplierDetails": ClickHome's supplier rows judged by the same {@link SupplierRules}
 * the supplier master files go through, plus the one thing only ClickHome knows: an inactive head office.
 */
public class SupplierDetailsRule implements CheckRowsMapper {
    private final SupplierRules rules;

    public SupplierDetailsRule(SupplierRules rules) {
        this.rules = rules;
    }

    @Override
    public List<Finding> findings(CheckDefinition check, List<Map<String, Object>> rows) {
        List<Finding> out = new ArrayList<>();
        for (Map<String, Object> raw : rows) {
            Map<String, Object> row = DeclaredRowMapper.caseInsensitive(raw);
            SupplierRecord s = new SupplierRecord(text(row, "sgSupplierCode"), text(row, "sgSupplierName"), text(row, "sgABN"),
                    bool(row, "bGSTRegistered"), text(row, "sgEmail"), text(row, "sgPhone"), text(row, "sgMobile"), text(row, "sgFax"),
                    text(row, "sgState"), text(row, "sgPostcode"),
                    row.get("inCallupMethod") == null ? null
                            : CallupMethod.fromClickHome(((Number) row.get("inCallupMethod")).intValue()).orElse(null),
                    bool(row, "bActive"), null, null, text(row, "sgJobFileID"));
            for (Finding f : rules.check(s)) {
                out.add(withSource(f, check, raw));
            }
            if (text(row, "headOfficeCode") != null && Boolean.FALSE.equals(bool(row, "headOfficeActive"))) {
                out.add(Finding.builder("SUP_HEAD_OFFICE_INACTIVE", Category.SUPPLIER_DETAILS, Severity.WARNING)
                        .entity("supplier", s.code())
                        .summary("Branch " + s.code() + " (" + s.name() + ") belongs to head office " + text(row, "headOfficeCode")
                                + ", which is inactive")
                        .suggestedAction("Reactivate the head office or move the branch to the active head office in the supplier master.")
                        .evidence(DeclaredRowMapper.evidence(raw))
                        .context(Finding.SUPPLIER_CODE, s.code())
                        .source(check.scope())
                        .build());
            }
        }
        return out;
    }

    private static Finding withSource(Finding f, CheckDefinition check, Map<String, Object> raw) {
        Map<String, String> context = new java.util.LinkedHashMap<>(f.context());
        context.putIfAbsent(Finding.SUPPLIER_CODE, f.entityKey());
        return new Finding(f.code(), f.category(), f.severity(), f.entityType(), f.entityKey(), f.field(), f.summary(), f.detail(),
                f.evidence() == null ? DeclaredRowMapper.evidence(raw) : f.evidence(), f.suggestedAction(), check.scope(), f.detectedAt(), context);
    }

    static String text(Map<String, Object> row, String column) {
        Object v = row.get(column);
        return v == null ? null : String.valueOf(v);
    }

    static Boolean bool(Map<String, Object> row, String column) {
        Object v = row.get(column);
        if (v == null) {
            return null;
        }
        return v instanceof Boolean b ? b : !"0".equals(String.valueOf(v)) && !"false".equalsIgnoreCase(String.valueOf(v));
    }
}
