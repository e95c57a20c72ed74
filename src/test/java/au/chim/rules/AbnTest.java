package au.chim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AbnTest {

    @ParameterizedTest
    @ValueSource(strings = {"11223491505", "20561300000", "31010111200", "90000100000", "60231941111", "65118220001",
            "87347712782", "34161973069", "77423938499", "14698935572", "87 347 712 782", " 11 223 491 505 ", "87\u00A0347\u00A0712\u00A0782"})
    void publishedAndFixtureAbnsAreValid(String abn) {
        assertTrue(Abn.isValid(abn), abn);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"11223493504", "87347712783", "8734771278", "873477127820", "8734771278a", "87-347-712-782",
            "   ", "٨٧٣٤٧٧١٢٧٨٢", "８７３４７７１２７８２", "00000000000", "'; DROP TABLE tblSuppliers;--"})
    void brokenAbnsAreInvalid(String abn) {
        assertFalse(Abn.isValid(abn), abn);
    }

    @Test
    void normaliseStripsSpacesOnly() {
        assertEquals("87347712782", Abn.normalise(" 87 347 712 782 "));
        assertEquals("87-347", Abn.normalise("87-347"));
        assertNull(Abn.normalise("   "));
        assertNull(Abn.normalise(null));
    }
}
