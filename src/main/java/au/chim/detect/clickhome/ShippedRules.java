package au.chim.detect.clickhome;

import au.chim.rules.ClientRules;
import au.chim.rules.SupplierRules;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

/** The Java rules checks.yaml may name as {@code mapper}: one list for the monitor and for the tests that run the checks. */
public final class ShippedRules {
    private ShippedRules() {
    }

    /** @param builderZone the builder's zone ("today" for expiry dates) */
    public static Map<String, CheckRowsMapper> mappers(Clock clock, ZoneId builderZone) {
        return Map.of(
                "supplierDetails", new SupplierDetailsRule(new SupplierRules(clock.withZone(builderZone), "check:supplier-details")),
                "clientDetails", new ClientDetailsRule(new ClientRules("check:client-details")),
                "failedMessages", new FailedMessagesRule(),
                "supplierDuplicates", FoldedRowsRule.supplierDuplicates(),
                "stuckMessages", FoldedRowsRule.stuckMessages());
    }
}
