package au.chim.detect.bounce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms ClickHome and FaxMaker write AU fax numbers in all compare equal as E.164. */
class FaxNumbersTest {
    private final FaxNumbers numbers = FaxNumbers.australia();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "(02) 9876 5432|+61298765432", "02-9876-5432|+61298765432", "+61 2 9876 5432|+61298765432",
        "0061298765432|+61298765432", "61298765432@faxmaker.com|+61298765432", "0298765432@faxmaker.com|+61298765432",
        "[FAX:0298765432]@acme.local|+61298765432", "07 3300 9999|+61733009999"})
    void normalises(String raw, String e164) {
        assertEquals(e164, numbers.toE164(raw));
    }

    @ParameterizedTest
    @CsvSource({"''", "n/a", "12", "not a number at all", "0298765432123456789"})
    void rejectsWhatIsNotANumber(String raw) {
        assertNull(numbers.toE164(raw));
    }

    @ParameterizedTest
    @CsvSource({"accounts@sparkyelec.com.au", "bob.2024@example.com"})
    void ordinaryAddressesAreNotFaxAddresses(String address) {
        assertNull(numbers.fromFaxAddress(address));
    }
}
