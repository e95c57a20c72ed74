package au.chim.detect.clickhome;

import au.chim.finding.Finding;
import java.util.List;
import java.util.Map;

/**
 * Check mappers that report one issue per problem with its members listed (see {@link RowFolding}), then map
 * it as checks.yaml declares: "supplierDuplicates" lists the suppliers sharing an ABN or email,
 * "stuckMessages" lists the messages held up by one cause (id, addressee, age).
 */
public final class FoldedRowsRule implements CheckRowsMapper {
    private final DeclaredRowMapper declared = new DeclaredRowMapper();
    private final String item;
    private final String into;
    private final int maxListed;

    public FoldedRowsRule(String item, String into, int maxListed) {
        this.item = item;
        this.into = into;
        this.maxListed = maxListed;
    }

    /** Suppliers sharing one value, named by code. */
    public static FoldedRowsRule supplierDuplicates() {
        return new FoldedRowsRule("{{sgSupplierCode}}", "supplierCodes", 50);
    }

    /** Messages held up by one cause: id, addressee and age, oldest first as the SQL orders them. */
    public static FoldedRowsRule stuckMessages() {
        return new FoldedRowsRule("#{{idMessage}} to {{addressee}} ({{ageMinutes}} min)", "messages", 20);
    }

    @Override
    public List<Finding> findings(CheckDefinition check, List<Map<String, Object>> rows) {
        return declared.findings(check, RowFolding.fold(check, rows, declared, item, into, maxListed));
    }
}
