package au.chim.rules;

import java.time.LocalDate;

/**
 * A supplier as ClickHome or the supplier master file describes it. Every field except {@code code}
 * may be null: the rules report what is missing rather than refusing the record.
 *
 * @param callupMethod   null when the value was missing or unknown
 * @param headOfficeCode supplier code of the head office for a branch (S8)
 * @param jobFileId      ClickHome's sgJobFileID; not null means JobFile links this supplier by email
 */
public record SupplierRecord(
        String code,
        String name,
        String abn,
        Boolean gstRegistered,
        String email,
        String phone,
        String mobile,
        String fax,
        String state,
        String postcode,
        CallupMethod callupMethod,
        Boolean active,
        String headOfficeCode,
        LocalDate insuranceExpiry,
        String jobFileId) {
}
