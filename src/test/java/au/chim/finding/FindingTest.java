package au.chim.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FindingTest {

    private static Finding.Builder supplierAbn(String key) {
        return Finding.builder("SUP_ABN_INVALID", Category.SUPPLIER_DETAILS, Severity.ERROR)
                .entity("supplier", key).summary("ABN fails the check");
    }

    @Test
    void sameCodeAndEntityIsTheSameProblem() {
        assertEquals(supplierAbn("CONC03").build().fingerprint(), supplierAbn("CONC03").detail("other").build().fingerprint());
        assertNotEquals(supplierAbn("CONC03").build().fingerprint(), supplierAbn("SPARK01").build().fingerprint());
        assertNotEquals(supplierAbn("CONC03").build().fingerprint(), supplierAbn("CONC03").field("ABN").build().fingerprint());
    }

    @Test
    void summaryIsOneBoundedLineWhateverTheInput() {
        Finding f = supplierAbn("X").summary("Subject: hi\r\nBcc: victim@example.com\u0000" + "x".repeat(5000)).build();
        assertFalse(f.summary().contains("\n") || f.summary().contains("\r") || f.summary().contains("\u0000"));
        assertTrue(f.summary().length() <= Text.SUMMARY_MAX);
        assertTrue(f.summary().startsWith("Subject: hi Bcc: victim@example.com"));
    }

    @Test
    void blankContextValuesAreLeftOut() {
        Finding f = supplierAbn("X").context(Finding.BUSINESS_UNIT, " ").context(Finding.SUPPLIER_CODE, "X").build();
        assertEquals(java.util.Map.of(Finding.SUPPLIER_CODE, "X"), f.context());
    }

    @Test
    void clipKeepsLinesButNotControlCharactersAndDoesNotSplitSurrogates() {
        assertEquals("a\nb", Text.clip("a\r\n\u0007b", 10));
        String emoji = "ab\uD83D\uDE00cd";
        String clipped = Text.clip(emoji, 4);
        assertFalse(Character.isHighSurrogate(clipped.charAt(clipped.length() - 2)));
    }
}
