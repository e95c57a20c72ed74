package au.chim.testsupport;

import au.chim.detect.clickhome.CheckCatalog;
import au.chim.detect.clickhome.CheckDefinition;
import au.chim.detect.clickhome.CheckRowsMapper;
import au.chim.detect.clickhome.ClickHomeChecks;
import au.chim.detect.clickhome.ClientDetailsRule;
import au.chim.detect.clickhome.FailedMessagesRule;
import au.chim.detect.clickhome.SupplierDetailsRule;
import au.chim.rules.ClientRules;
import au.chim.rules.SupplierRules;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The checks as shipped (config/checks.yaml, config/sql, the Java rules, settings from
 * config/application.properties), outside a running monitor, for tests and benchmarks that run the
 * queries themselves.
 */
public final class ShippedChecks {
    private ShippedChecks() {
    }

    public static ClickHomeChecks load() {
        return load("file:config/application.properties");
    }

    /** As shipped, with the {{key}} settings in the check SQL filled from these Camel property locations (a profile's file first). */
    public static ClickHomeChecks load(String propertyLocations) {
        Clock clock = Clock.systemUTC();
        Map<String, CheckRowsMapper> mappers = Map.of(
                "supplierDetails", new SupplierDetailsRule(new SupplierRules(clock.withZone(ZoneId.of("Australia/Sydney")), "check:supplier-details")),
                "clientDetails", new ClientDetailsRule(new ClientRules("check:client-details")),
                "failedMessages", new FailedMessagesRule());
        List<CheckDefinition> defs = CheckCatalog.load(Path.of("config/checks.yaml"), Path.of("config/sql"), mappers.keySet());
        try (DefaultCamelContext settings = new DefaultCamelContext()) {
            settings.getPropertiesComponent().setLocation(propertyLocations);
            return new ClickHomeChecks(defs, mappers, clock, () -> true, settings::resolvePropertyPlaceholders);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
