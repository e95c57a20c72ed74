package au.chim.testsupport;

import au.chim.detect.clickhome.CheckCatalog;
import au.chim.detect.clickhome.CheckDefinition;
import au.chim.detect.clickhome.CheckRowsMapper;
import au.chim.detect.clickhome.ClickHomeChecks;
import au.chim.detect.clickhome.ClickHomeTime;
import au.chim.detect.clickhome.ShippedRules;
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
        Map<String, CheckRowsMapper> mappers = ShippedRules.mappers(clock, ZoneId.of("Australia/Sydney"));
        List<CheckDefinition> defs = CheckCatalog.load(Path.of("config/checks.yaml"), Path.of("config/sql"), mappers.keySet());
        try (DefaultCamelContext settings = new DefaultCamelContext()) {
            settings.getPropertiesComponent().setLocation(propertyLocations);
            // the H2 ClickHome databases run in Sydney time (TIME ZONE= in their URL), as application.properties says
            ClickHomeTime clickhomeTime = new ClickHomeTime(ZoneId.of("Australia/Sydney"), clock);
            return new ClickHomeChecks(defs, mappers, clock, clickhomeTime, () -> true, settings::resolvePropertyPlaceholders);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
