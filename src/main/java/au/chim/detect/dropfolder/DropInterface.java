package au.chim.detect.dropfolder;

import au.chim.finding.Category;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The drop-folder interfaces the monitor reads (domain brief section 7): expected header, the columns
 * a file cannot do without, the business key that names an issue, and the file-name pattern.
 */
public enum DropInterface {
    PO("po", Category.PO_INTEGRATION, "PONumber",
            List.of("PONumber", "POVersion", "OrderType", "JobNumber", "SupplierCode", "SupplierName", "SupplierABN", "OrderDate",
                    "RequiredDate", "LineNo", "CostCentre", "CostCode", "ItemCode", "Description", "Quantity", "Unit",
                    "UnitPriceExGST", "LineExGST", "GSTCode", "LineGST", "LineIncGST", "Estimator", "Notes"),
            List.of("PONumber", "POVersion", "OrderType", "JobNumber", "SupplierCode", "OrderDate", "LineNo", "CostCode",
                    "Description", "Quantity", "UnitPriceExGST", "LineExGST", "GSTCode", "LineGST", "LineIncGST"),
            // Some exports repeat the PO header total on every line; checked when present, never required.
            List.of("POTotalExGST")),
    PO_ACK("approval", Category.PO_INTEGRATION, "ApprovalId",
            List.of("ApprovalId", "PONumber", "JobNumber", "SupplierCode", "AccountingStatus", "AccountingRef", "ProcessedAt",
                    "PaidDate", "RejectReason"),
            List.of("ApprovalId", "PONumber", "AccountingStatus", "ProcessedAt"),
            List.of()),
    SUPPLIER("supplier", Category.SUPPLIER_DETAILS, "SupplierCode",
            List.of("SupplierCode", "SupplierName", "TradingName", "ABN", "GSTRegistered", "ContactName", "Email", "Phone", "Mobile",
                    "Fax", "Street", "Suburb", "State", "Postcode", "HeadOfficeCode", "TradeCode", "CallupMethod", "MessageGrouping",
                    "Active", "InsuranceExpiry", "LastModified"),
            List.of("SupplierCode", "SupplierName", "GSTRegistered", "CallupMethod", "Active", "LastModified"),
            List.of()),
    JOB("job", Category.CLIENT_DETAILS, "JobNumber",
            List.of("JobNumber", "JobType", "BusinessUnit", "Region", "ClientCode", "ClientName", "ClientEmail", "ClientMobile",
                    "ClientPhone", "LotNumber", "StreetNumber", "StreetName", "Suburb", "State", "Postcode", "HouseType", "Facade",
                    "ContractPriceExGST", "ContractGST", "ContractPriceIncGST", "ContractSignedDate", "Estimator", "Salesperson",
                    "Supervisor", "TemplateCode"),
            List.of("JobNumber", "BusinessUnit", "ClientName", "State", "Postcode", "ContractPriceExGST", "ContractGST",
                    "ContractPriceIncGST"),
            List.of());

    private final String entityType;
    private final Category category;
    private final String keyColumn;
    private final List<String> expectedHeader;
    private final List<String> requiredColumns;
    private final List<String> optionalExtras;
    private final Pattern namePattern;

    DropInterface(String entityType, Category category, String keyColumn, List<String> expectedHeader, List<String> requiredColumns,
                  List<String> optionalExtras) {
        this.entityType = entityType;
        this.category = category;
        this.keyColumn = keyColumn;
        this.expectedHeader = expectedHeader;
        this.requiredColumns = requiredColumns;
        this.optionalExtras = optionalExtras;
        // <INTERFACE>_<SOURCE>_<yyyyMMddHHmmss>.csv; a source has no underscore, so PO_ACK_X_ts never reads as PO from "ACK"
        String prefix = name().equals("PO") ? "PO_(?!ACK_)" : name() + "_";
        this.namePattern = Pattern.compile("(?i)^" + prefix + "([A-Za-z0-9-]{1,30})_(\\d{8,14})\\.csv$");
    }

    /** The interface and source system named by a file name such as {@code PO_DATABUILD_20240304101500.csv}. */
    public record FileName(DropInterface iface, String source, String timestamp) {
    }

    /** Reads the interface and source from a file name; empty when the name follows no interface's pattern. */
    public static Optional<FileName> parseName(String fileName) {
        for (DropInterface i : values()) {
            Optional<FileName> n = i.matchName(fileName);
            if (n.isPresent()) {
                return n;
            }
        }
        return Optional.empty();
    }

    /** This interface's reading of the name; empty when it is not one of its files. */
    public Optional<FileName> matchName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        Matcher m = namePattern.matcher(fileName);
        return m.matches() ? Optional.of(new FileName(this, m.group(1).toUpperCase(java.util.Locale.ROOT), m.group(2)))
                : Optional.empty();
    }

    /** Human description of the name pattern, for rejection reasons. */
    public String namePatternText() {
        return name() + "_<SOURCE>_<yyyyMMddHHmmss>.csv";
    }

    public String entityType() {
        return entityType;
    }

    public Category category() {
        return category;
    }

    public String keyColumn() {
        return keyColumn;
    }

    public List<String> expectedHeader() {
        return expectedHeader;
    }

    public List<String> requiredColumns() {
        return requiredColumns;
    }

    /** Columns read when present that do not count as a format change when absent or present. */
    public List<String> optionalExtras() {
        return optionalExtras;
    }
}
