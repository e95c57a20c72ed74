package au.chim.detect.dropfolder;

import java.util.Optional;

/**
 * What the drop-file checks need to know from ClickHome. Implementations throw
 * {@link CheckUnavailableException} when ClickHome cannot be asked, never answer "not found" then.
 */
public interface ClickHomeLookup {

    /** A ClickHome contract (tblContracts). {@code jobType} 4 = Construction. */
    record Contract(String contractNo, int jobType, int status, String businessUnit) {
        public boolean isConstruction() {
            return jobType == 4;
        }
    }

    /** The supplier fields a file is compared with (tblSuppliers). */
    record Supplier(String code, String name, String abn, String email, String fax, String jobFileId, boolean excluded,
                    boolean active) {
    }

    Optional<Contract> contract(String contractNo);

    Optional<Supplier> supplier(String supplierCode);

    /** True when a business unit of that name exists (case-insensitive). */
    boolean businessUnitExists(String name);
}
