package au.chim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupplierRulesTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2024-07-01T00:00:00Z"), ZoneId.of("Australia/Sydney"));
    private final SupplierRules rules = new SupplierRules(TODAY, "test");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            // case                         | abn            | gst  | email                          | phone          | mobile        | fax            | state | pc   | method  | active | insurance  | expected codes
            "clean email supplier           | 87 347 712 782 | Y    | jobs@sparkright.example.com.au | (02) 5550 1234 | 0491 570 156  | NULL           | NSW   | 2567 | EMAIL   | Y      | 2025-06-30 | ",
            "clean fax supplier             | 34161973069    | Y    | NULL                           | (02) 5550 9870 | NULL          | (02) 5550 9876 | NSW   | 2750 | FAX     | Y      | 2024-12-31 | ",
            "CONC03 from the brief          | 87347712783    | Y    | NULL                           | NULL           | 0491 570 158  | NULL           | QLD   | 4305 | EMAIL   | Y      | NULL       | SUP_ABN_INVALID SUP_EMAIL_MISSING_FOR_METHOD",
            "GST registered without ABN     | NULL           | Y    | a@b.com.au                     | NULL           | NULL          | NULL           | NULL  | NULL | EMAIL   | Y      | NULL       | SUP_ABN_MISSING",
            "not GST registered, no ABN     | NULL           | N    | a@b.com.au                     | NULL           | NULL          | NULL           | NULL  | NULL | EMAIL   | Y      | NULL       | ",
            "ABN 10 digits                  | 8734771278     | NULL | a@b.com.au                     | NULL           | NULL          | NULL           | NULL  | NULL | MANUAL  | Y      | NULL       | SUP_ABN_INVALID",
            "JobFile needs email            | NULL           | NULL | '  '                           | NULL           | NULL          | NULL           | NULL  | NULL | JOBFILE | Y      | NULL       | SUP_EMAIL_MISSING_FOR_METHOD",
            "fax method, fax is a mobile    | NULL           | NULL | NULL                           | NULL           | NULL          | 0491 570 156   | NULL  | NULL | FAX     | Y      | NULL       | SUP_FAX_MISSING_FOR_METHOD",
            "fax method, no fax             | NULL           | NULL | NULL                           | NULL           | NULL          | NULL           | NULL  | NULL | FAX     | Y      | NULL       | SUP_FAX_MISSING_FOR_METHOD",
            "SMS method, mobile is landline | NULL           | NULL | NULL                           | NULL           | (02) 5550 1234| NULL           | NULL  | NULL | SMS     | Y      | NULL       | SUP_MOBILE_MISSING_FOR_METHOD",
            "inactive: no call-up checks    | NULL           | NULL | NULL                           | NULL           | NULL          | NULL           | NULL  | NULL | FAX     | N      | 2020-01-01 | ",
            "bad email for EMAIL method     | NULL           | NULL | jobs@localhost                 | NULL           | NULL          | NULL           | NULL  | NULL | EMAIL   | Y      | NULL       | SUP_EMAIL_INVALID",
            "three bad numbers              | NULL           | NULL | NULL                           | 1234           | (02) 5550 1234| 1300 123 456   | NULL  | NULL | MANUAL  | Y      | NULL       | SUP_PHONE_INVALID SUP_PHONE_INVALID SUP_PHONE_INVALID",
            "postcode of another state      | NULL           | NULL | NULL                           | NULL           | NULL          | NULL           | VIC   | 2000 | MANUAL  | Y      | NULL       | SUP_ADDRESS_INVALID",
            "unknown state                  | NULL           | NULL | NULL                           | NULL           | NULL          | NULL           | NZ    | NULL | MANUAL  | Y      | NULL       | SUP_ADDRESS_INVALID",
            "insurance expired yesterday    | NULL           | NULL | NULL                           | NULL           | NULL          | NULL           | NULL  | NULL | MANUAL  | Y      | 2024-06-30 | SUP_INSURANCE_EXPIRED",
            "insurance expires today        | NULL           | NULL | NULL                           | NULL           | NULL          | NULL           | NULL  | NULL | MANUAL  | Y      | 2024-07-01 | ",
            "nothing known at all           | NULL           | NULL | NULL                           | NULL           | NULL          | NULL           | NULL  | NULL | NULL    | NULL   | NULL       | ",
    })
    void reportsEachProblemOnce(String name, String abn, String gst, String email, String phone, String mobile, String fax,
                                String state, String postcode, String method, String active, String insurance, String expected) {
        SupplierRecord s = new SupplierRecord("SUP1", "Test Supplier", abn, yn(gst), email, phone, mobile, fax, state, postcode,
                method == null ? null : CallupMethod.valueOf(method), yn(active), null,
                insurance == null ? null : LocalDate.parse(insurance), null);
        List<Finding> findings = rules.check(s);
        List<String> want = expected == null ? List.of() : Arrays.stream(expected.trim().split("\\s+")).sorted().toList();
        assertEquals(want, findings.stream().map(Finding::code).sorted().toList(), name);
        for (Finding f : findings) {
            assertEquals(Category.SUPPLIER_DETAILS, f.category());
            assertEquals("supplier", f.entityType());
            assertEquals("SUP1", f.entityKey());
            assertEquals("SUP1", f.context().get(Finding.SUPPLIER_CODE));
            assertTrue(f.summary().startsWith("Supplier SUP1 (Test Supplier)"), f.summary());
            assertTrue(f.suggestedAction() != null && f.evidence() != null, f.code());
        }
        assertEquals(findings.size(), findings.stream().map(Finding::fingerprint).distinct().count(), "fingerprints are distinct");
    }

    @Test
    void headOfficeMustBeKnown() {
        SupplierRecord branch = new SupplierRecord("BR1", "Branch", null, null, null, null, null, null, null, null,
                CallupMethod.MANUAL, true, "HQ9", null, null);
        assertEquals(List.of("SUP_HEAD_OFFICE_MISSING"), rules.check(branch, Set.of("HQ1")::contains).stream().map(Finding::code).toList());
        assertEquals(List.of(), rules.check(branch, Set.of("HQ9")::contains));
        assertEquals(List.of(), rules.check(branch), "no lookup, no head-office check");
    }

    @Test
    void hostileValuesStayOnOneBoundedLine() {
        String evil = "x\r\nBcc: victim@example.com\u0000" + "y".repeat(10_000);
        SupplierRecord s = new SupplierRecord("EVIL", evil, evil, true, evil, evil, evil, evil, evil, evil, CallupMethod.EMAIL, true,
                evil, null, null);
        List<Finding> findings = rules.check(s, code -> false);
        assertTrue(findings.size() >= 5, findings.toString());
        for (Finding f : findings) {
            assertTrue(!f.summary().contains("\n") && !f.summary().contains("\u0000") && f.summary().length() <= 300);
        }
    }

    private static Boolean yn(String s) {
        return s == null ? null : "Y".equals(s);
    }
}
