package au.chim.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Supplier and client master-data defects: found by SQL where SQL can, by the independent rules in {@link Checks} otherwise. */
class SeededMasterDataErrorsTest {
    static DataSource db;

    @BeforeAll
    static void load() {
        db = TestDb.withSchema();
        DemoData.load(db, Clock.systemUTC(), 11);
    }

    static Set<String> keys(String sql) {
        return new TreeSet<>(TestDb.column(db, sql));
    }

    /** Suppliers whose value in column fails the rule, by code. */
    static Set<String> failing(String column, java.util.function.Predicate<String> ok, String where) {
        Set<String> out = new TreeSet<>();
        for (Object[] r : TestDb.rows(db, "SELECT sgSupplierCode, " + column + " FROM dbo.tblSuppliers WHERE " + where)) {
            if (!ok.test((String) r[1])) {
                out.add((String) r[0]);
            }
        }
        return out;
    }

    @Test
    void abnsMarkedValidPassModulus89AndTheBadOnesFail() {
        assertEquals(Set.of("CONC03", "KERB14", "PAINT22"), failing("sgABN", Checks::abnValid, "sgABN IS NOT NULL AND sgABN <> ''"));
        long valid = TestDb.count(db, "SELECT COUNT(*) FROM dbo.tblSuppliers WHERE sgABN IS NOT NULL AND sgABN <> ''") - 3;
        assertTrue(valid >= 50, "most suppliers carry a valid ABN: " + valid);
        assertFalse(Checks.abnValid(SeededErrors.BAD_ABN));
        for (String sample : List.of("87347712782", "34161973069", "77423938499", "14698935572", "11223491505", "20561300000")) {
            assertTrue(Checks.abnValid(sample), sample);
        }
        assertFalse(Checks.abnValid("11223493504"), "ATO's published invalid example");
    }

    @Test
    void gstRegisteredWithoutAbn() {
        assertEquals(Set.of("SCAF18", "CLEAN31"), keys("SELECT sgSupplierCode FROM dbo.tblSuppliers "
                + "WHERE bGSTRegistered = 1 AND (sgABN IS NULL OR LTRIM(RTRIM(sgABN)) = '')"));
    }

    @Test
    void callupMethodWithoutTheAddressItNeeds() {
        assertEquals(Set.of("CONC03", "CABI19"), keys("SELECT sgSupplierCode FROM dbo.tblSuppliers "
                + "WHERE inCallupMethod IN (1, 4) AND (sgEmail IS NULL OR LTRIM(RTRIM(sgEmail)) = '')"));
        assertEquals(Set.of("RENDR20"), keys("SELECT sgSupplierCode FROM dbo.tblSuppliers WHERE inCallupMethod = 2 AND (sgFax IS NULL OR sgFax = '')"));
        assertEquals(Set.of("GUTT21"), failing("sgFax", Checks::auPhone, "inCallupMethod = 2 AND sgFax IS NOT NULL"));
        assertEquals(Set.of("BINS23"), keys("SELECT sgSupplierCode FROM dbo.tblSuppliers WHERE inCallupMethod = 3 AND (sgMobile IS NULL OR sgMobile = '')"));
    }

    @Test
    void invalidPhonesAndAddresses() {
        assertEquals(Set.of("FENC24"), failing("sgPhone", Checks::auPhone, "sgPhone IS NOT NULL"));
        assertEquals(Set.of(), failing("sgMobile", Checks::auPhone, "sgMobile IS NOT NULL"));
        assertEquals(Set.of("INSUL26", "LAND25"), failing("sgState + '|' + sgPostcode",
                v -> Checks.postcodeFits(v.split("\\|")[0], v.split("\\|")[1]), "1 = 1"));
    }

    @Test
    void headOfficeInactiveAndSharedIdentities() {
        assertEquals(Set.of("GLASS02"), keys("SELECT b.sgSupplierCode FROM dbo.tblSuppliers b "
                + "JOIN dbo.tblSuppliers h ON h.idSupplier = b.fkidHeadOffice WHERE h.bActive = 0"));
        assertEquals(Set.of("BOWD02", "BOWD03", "GLASS02"), keys("SELECT sgSupplierCode FROM dbo.tblSuppliers WHERE fkidHeadOffice IS NOT NULL"));
        // branches share their head office's ABN legitimately, so count ABN families, not rows
        assertEquals(Set.of("14698935572"), keys("SELECT sgABN FROM dbo.tblSuppliers WHERE sgABN IS NOT NULL AND sgABN <> '' "
                + "GROUP BY sgABN HAVING COUNT(DISTINCT COALESCE(fkidHeadOffice, idSupplier)) > 1"));
        assertEquals(Set.of("office@mosaicgroup.example.com.au"), keys("SELECT LOWER(sgEmail) FROM dbo.tblSuppliers "
                + "WHERE inCallupMethod = 4 AND sgJobFileID IS NOT NULL AND sgEmail <> '' GROUP BY LOWER(sgEmail) HAVING COUNT(*) > 1"));
        assertEquals(Set.of("SKIPB32"), keys("SELECT sgSupplierCode FROM dbo.tblSuppliers WHERE bExcludedFromIntegration = 1"));
    }

    @Test
    void clientDefects() {
        assertEquals(Set.of("CAMP01", "OBRI01"), keys("SELECT sgDebtorCode FROM dbo.tblClients "
                + "WHERE (sgEmail IS NULL OR sgEmail = '') AND (sgMobile IS NULL OR sgMobile = '')"));
        assertEquals(Set.of("KHAN01", "LIWE01", "ROMA01"), keys("SELECT sgDebtorCode FROM dbo.tblClients WHERE sgEmail IS NOT NULL "
                + "AND (sgEmail NOT LIKE '%_@_%._%' OR sgEmail LIKE '%@%@%' OR sgEmail LIKE '%..%')"));
        Set<String> badAddress = new TreeSet<>();
        for (Object[] r : TestDb.rows(db, "SELECT sgDebtorCode, sgPostalState, sgPostalPostcode FROM dbo.tblClients")) {
            if (!Checks.postcodeFits((String) r[1], (String) r[2])) {
                badAddress.add((String) r[0]);
            }
        }
        assertEquals(Set.of("PATE01", "SMIT07"), badAddress);
        Set<String> badSites = new TreeSet<>();
        for (Object[] r : TestDb.rows(db, "SELECT sgContractNo, sgState, sgPostcode FROM dbo.tblContracts")) {
            if (!Checks.postcodeFits((String) r[1], (String) r[2])) {
                badSites.add((String) r[0]);
            }
        }
        assertEquals(Set.of(SeededErrors.CONTRACT_BAD_ADDRESS), badSites);
    }

    @Test
    void onlyFictitiousContactData() {
        for (String mail : TestDb.column(db, "SELECT sgEmail FROM dbo.tblSuppliers WHERE sgEmail <> '' UNION ALL "
                + "SELECT sgEmail FROM dbo.tblClients WHERE sgEmail IS NOT NULL UNION ALL SELECT sgEmail FROM dbo.tblUsers WHERE sgEmail IS NOT NULL")) {
            assertTrue(mail.matches(".*(example\\.com\\.au|example\\.com|example-homes\\.com\\.au|@example)$") || !mail.contains("@"), mail);
        }
        for (String phone : TestDb.column(db, "SELECT sgMobile FROM dbo.tblClients WHERE sgMobile IS NOT NULL UNION ALL "
                + "SELECT sgMobile FROM dbo.tblSuppliers WHERE sgMobile IS NOT NULL UNION ALL SELECT sgMobile FROM dbo.tblUsers WHERE sgMobile IS NOT NULL")) {
            assertTrue(phone.replaceAll("[\\s+]", "").matches("(0|61)49157\\d{4}"), phone);
        }
        for (String phone : TestDb.column(db, "SELECT sgPhone FROM dbo.tblSuppliers WHERE sgPhone IS NOT NULL AND sgSupplierCode NOT IN ('FENC24', 'CONC03')")) {
            assertTrue(phone.replaceAll("[\\s()+]", "").matches("(0|61)[2378]5550\\d{4}"), phone);
        }
    }
}
