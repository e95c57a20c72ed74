package au.chim.detect.clickhome;

import au.chim.finding.Finding;
import au.chim.rules.ClientRecord;
import au.chim.rules.ClientRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Check mapper "clientDetails": clients of active jobs judged by the same {@link ClientRules} as job import files. */
public class ClientDetailsRule implements CheckRowsMapper {
    private final ClientRules rules;

    public ClientDetailsRule(ClientRules rules) {
        this.rules = rules;
    }

    @Override
    public List<Finding> findings(CheckDefinition check, List<Map<String, Object>> rows) {
        List<Finding> out = new ArrayList<>();
        for (Map<String, Object> raw : rows) {
            Map<String, Object> row = DeclaredRowMapper.caseInsensitive(raw);
            String key = SupplierDetailsRule.text(row, "sgDebtorCode");
            if (key == null || key.isBlank()) {
                key = "id " + SupplierDetailsRule.text(row, "idClient");
            }
            ClientRecord c = new ClientRecord(key, SupplierDetailsRule.text(row, "sgClientName"), SupplierDetailsRule.text(row, "sgEmail"),
                    SupplierDetailsRule.text(row, "sgMobile"), SupplierDetailsRule.text(row, "sgPhone"),
                    SupplierDetailsRule.text(row, "sgPostalState"), SupplierDetailsRule.text(row, "sgPostalPostcode"));
            for (Finding f : rules.check(c)) {
                Map<String, String> context = new LinkedHashMap<>(f.context());
                context.putIfAbsent(Finding.CONTRACT_NO, SupplierDetailsRule.text(row, "contractNo"));
                context.values().removeIf(v -> v == null);
                out.add(new Finding(f.code(), f.category(), f.severity(), f.entityType(), f.entityKey(), f.field(), f.summary(), f.detail(),
                        f.evidence() == null ? DeclaredRowMapper.evidence(raw) : f.evidence(), f.suggestedAction(), check.scope(),
                        f.detectedAt(), context));
            }
        }
        return out;
    }
}
