package au.chim.detect.dropfolder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldValuesTest {
    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

    @ParameterizedTest
    @CsvSource({"2024-03-04, 2024-03-04", "04/03/2024, 2024-03-04", "4/3/2024, 2024-03-04", "29/02/2024, 2024-02-29", "' 2024-12-31 ', 2024-12-31"})
    void datesInEitherForm(String raw, LocalDate expected) {
        assertEquals(expected, FieldValues.date(raw).orElseThrow());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2024-02-30", "31/04/2024", "29/02/2023", "03/04/24", "2024/03/04", "13/13/2024", "tomorrow"})
    void impossibleDatesAreRefused(String raw) {
        assertTrue(FieldValues.date(raw).isEmpty(), raw);
    }

    @ParameterizedTest
    @CsvSource({
            "2024-03-04T10:15:00+11:00, 2024-03-04T10:15+11:00",
            "2024-03-04T10:15:00Z,      2024-03-04T10:15Z",
            "2024-03-04T10:15:00,       2024-03-04T10:15+11:00",
            "2024-07-04T10:15:00,       2024-07-04T10:15+10:00",
            "2024-03-04 10:15,          2024-03-04T10:15+11:00",
            "04/03/2024 10:15:30,       2024-03-04T10:15:30+11:00",
            "2024-03-04,                2024-03-04T00:00+11:00"})
    void timestampsWithOrWithoutOffset(String raw, String expected) {
        assertEquals(OffsetDateTime.parse(expected).toInstant(), FieldValues.timestamp(raw, SYDNEY).orElseThrow().toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"$3850.00", "3,850.00", "1e5", "", "12.3.4", "NaN", "99999999999999999999"})
    void onlyPlainDecimalsAreMoney(String raw) {
        assertTrue(FieldValues.decimal(raw).isEmpty(), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3850.00", "7", "-0.00", "-12.5", "0.000001", "999999999999999.999", "123456789012345.123456", " 42.10 "})
    void amountsKeepTheirValueAndScale(String raw) {
        BigDecimal d = FieldValues.decimal(raw).orElseThrow();
        assertEquals(new BigDecimal(raw.strip()), d, raw); // equals compares the scale too: 42.10 is not 42.1
    }

    @ParameterizedTest
    @CsvSource({"3850.00, 385.00, true", "3120.00, 312.00, true", "0.05, 0.01, true", "0.05, 0.00, true", "100.00, 10.01, false",
            "386363.64, 38636.36, true", "386363.64, 38636.37, false"})
    void gstIsTenPercentToTheCent(BigDecimal ex, BigDecimal gst, boolean ok) {
        assertEquals(ok, FieldValues.gstMatches(ex, gst));
    }
}
