package au.chim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.rules.AuPhone.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AuPhoneTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            // ACMA fictitious numbers used by the demo data: must stay valid
            "0491 570 156      | +61491570156  | MOBILE",
            "0491570159        | +61491570159  | MOBILE",
            "+61 491 570 158   | +61491570158  | MOBILE",
            "(02) 5550 1234    | +61255501234  | LANDLINE",
            "+61 2 5550 1234   | +61255501234  | LANDLINE",
            "02 5550 9876      | +61255509876  | LANDLINE",
            "(07) 7010 1234    | +61770101234  | LANDLINE",
            "08 5550 1234      | +61855501234  | LANDLINE",
            "+61255501234      | +61255501234  | LANDLINE",
            "1300 123 456      | +611300123456 | SERVICE",
            "1800 123 456      | +611800123456 | SERVICE",
            "13 12 34          | +61131234     | SERVICE",
            "+1 212 555 1234   | +12125551234  | OTHER",
    })
    void parsesCommonAustralianForms(String raw, String e164, Kind kind) {
        AuPhone p = AuPhone.parse(raw);
        assertEquals(kind, p.kind());
        assertEquals(e164, p.e164());
        assertTrue(p.isValid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234", "0491 5701", "00 5550 1234", "02 5550 12345", "abc", "call me", "0491 570 156 0491 570 157",
            "+61 2 5550 1234<script>", "99999999999999999999999999999999999999999999999999"})
    void rubbishIsInvalidAndNeverThrows(String raw) {
        AuPhone p = AuPhone.parse(raw);
        assertEquals(Kind.INVALID, p.kind(), raw);
        assertNull(p.e164());
        assertFalse(p.isAustralian());
        assertFalse(p.canReceiveFax());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void blankIsMissingNotInvalid(String raw) {
        assertEquals(Kind.MISSING, AuPhone.parse(raw).kind());
    }

    @ParameterizedTest
    @CsvSource({"(02) 5550 9876, true", "0491 570 156, false", "1300 123 456, false", "+1 212 555 1234, false"})
    void onlyLandlinesTakeFaxes(String raw, boolean fax) {
        assertEquals(fax, AuPhone.parse(raw).canReceiveFax());
    }

    @Test
    void sameNumberHoweverWritten() {
        assertTrue(AuPhone.parse("(02) 5550 1234").sameNumberAs(AuPhone.parse("+61255501234")));
        assertFalse(AuPhone.parse("(02) 5550 1234").sameNumberAs(AuPhone.parse("(02) 5550 1235")));
        assertFalse(AuPhone.parse("(02) 5550 1234").sameNumberAs(AuPhone.parse(null)));
        assertTrue(AuPhone.parse("").sameNumberAs(AuPhone.parse(null)));
    }
}
