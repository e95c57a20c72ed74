package au.chim.detect.dropfolder;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Remembers every answer (found or not) for the life of one file, so each key is asked once per file. */
public final class CachingClickHomeLookup implements ClickHomeLookup {
    private final ClickHomeLookup delegate;
    private final Map<String, Optional<Contract>> contracts = new HashMap<>();
    private final Map<String, Optional<Supplier>> suppliers = new HashMap<>();
    private final Map<String, Boolean> businessUnits = new HashMap<>();
    // Rows come grouped by PO, so most rows ask what the row before asked: answered without hashing the key.
    private String lastContractNo;
    private Optional<Contract> lastContract;
    private String lastSupplierCode;
    private Optional<Supplier> lastSupplier;

    public CachingClickHomeLookup(ClickHomeLookup delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<Contract> contract(String contractNo) {
        if (!contractNo.equals(lastContractNo)) {
            lastContract = contracts.computeIfAbsent(contractNo, delegate::contract);
            lastContractNo = contractNo;
        }
        return lastContract;
    }

    @Override
    public Optional<Supplier> supplier(String supplierCode) {
        if (!supplierCode.equals(lastSupplierCode)) {
            lastSupplier = suppliers.computeIfAbsent(supplierCode, delegate::supplier);
            lastSupplierCode = supplierCode;
        }
        return lastSupplier;
    }

    @Override
    public boolean businessUnitExists(String name) {
        return businessUnits.computeIfAbsent(name.toUpperCase(Locale.ROOT), k -> delegate.businessUnitExists(name));
    }
}
