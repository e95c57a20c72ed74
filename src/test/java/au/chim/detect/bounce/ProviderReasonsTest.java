package au.chim.detect.bounce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.List;

/** A provider's own wording decides only for mail that provider refused. */
class ProviderReasonsTest {
    private final ProviderReasons shipped = ProviderReasons.shipped();

    @Test
    void aProvidersRuleAppliesWhereItsHostIsNamed() {
        assertEquals(BounceReason.FILTERED, shipped.reason("site.mgr@ezweb.ne.jp", "550 : User unknown"));
        assertEquals(BounceReason.USER_UNKNOWN, shipped.reason("relay.example.net mta6.am0.yahoodns.net",
                "554 delivery error: dd This user doesn't have a yahoo.example.com account"));
        assertEquals(BounceReason.USER_UNKNOWN, shipped.reason(null, "550 host smtp-in.orange.fr said: LPN007_416 Invalid recipient"));
    }

    @Test
    void theSameWordsElsewhereAreLeftToTheGenericTable() {
        assertNull(shipped.reason("site.mgr@builder.example.com mx.builder.example.com", "550 : User unknown"));
        // a host that merely ends like the provider's is not the provider
        assertNull(shipped.reason("jobs@notezweb.ne.jp.example.com", "550 : User unknown"));
    }

    @Test
    void aBrokenTableNamesItsLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ProviderReasons.parse(List.of("# comment", "USER_UNKNOWN no provider yet")));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        IllegalStateException r = assertThrows(IllegalStateException.class,
                () -> ProviderReasons.parse(List.of("[p] example.com", "NOT_A_REASON words")));
        assertTrue(r.getMessage().contains("line 2") && r.getMessage().contains("NOT_A_REASON"), r.getMessage());
    }
}
