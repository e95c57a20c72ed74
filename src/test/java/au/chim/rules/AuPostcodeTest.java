package au.chim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuPostcodeTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "NSW, 2000, true", "NSW, 1000, true", "NSW, 2599, true", "NSW, 2600, false", "NSW, 2618, false", "NSW, 2619, true",
            "NSW, 2899, true", "NSW, 2900, false", "NSW, 2920, false", "NSW, 2921, true", "NSW, 2999, true", "NSW, 3000, false",
            "ACT, 0200, true", "ACT, 0299, true", "ACT, 0300, false", "ACT, 2600, true", "ACT, 2618, true", "ACT, 2619, false",
            "ACT, 2900, true", "ACT, 2920, true",
            "VIC, 3000, true", "VIC, 3999, true", "VIC, 8000, true", "VIC, 8999, true", "VIC, 4000, false",
            "QLD, 4000, true", "QLD, 4305, true", "QLD, 9999, true", "QLD, 3999, false",
            "SA, 5000, true", "SA, 5999, true", "SA, 6000, false",
            "WA, 6000, true", "WA, 6999, true", "TAS, 7000, true", "TAS, 7999, true", "TAS, 8000, false",
            "NT, 0800, true", "NT, 0999, true", "NT, 0799, false", "NT, 800, false",
            "nsw, 2570, true", "' Qld ', 4305, true",
            "XYZ, 2000, false", "NZ, 6011, false", ", 2000, false", "NSW, , false", "NSW, 25701, false", "NSW, 2O00, false",
            "NSW, '20 0', false", "NSW, ２０００, false", "'NSW; DROP', 2000, false"})
    void plausibleForState(String state, String postcode, boolean plausible) {
        assertEquals(plausible, AuPostcode.plausible(state, postcode));
    }
}
