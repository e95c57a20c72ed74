package au.chim.detect.bounce;

import au.chim.config.Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesSource;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;

/**
 * Binds the bounce-mailbox and FaxMaker beans the routes 14-detect-bounces and 15-detect-faxmaker use, and in
 * demo mode drops a few realistic bounces into the ClickHome sending mailbox. Runs after MonitorConfiguration
 * (it looks up clock, clickhomeDataSource and storeDataSource).
 */
public class BounceConfiguration implements CamelConfiguration {
    /** Derived setting: the FaxMaker response folder resolved against the application home (for the file URI). */
    static final String RESPONSE_DIR = "monitor.detect.faxmaker.response-dir";

    @Override
    public void configure(CamelContext context) throws Exception {
        Settings s = new Settings(context);
        Registry registry = context.getRegistry();
        Clock clock = registry.lookupByNameAndType("clock", Clock.class);
        DataSource clickhome = registry.lookupByNameAndType("clickhomeDataSource", DataSource.class);
        DataSource store = registry.lookupByNameAndType("storeDataSource", DataSource.class);
        if (clock == null || clickhome == null || store == null) {
            throw new IllegalStateException("BounceConfiguration must run after MonitorConfiguration (clock and data sources are bound there)");
        }

        FaxNumbers faxNumbers = FaxNumbers.australia();
        FaxMakerResponseFile responseFiles = new FaxMakerResponseFile(faxNumbers);
        MessageCorrelator correlator = new MessageCorrelator(clickhome, faxNumbers, s.duration("monitor.detect.bounces.look-back", "14d"),
                s.zone("monitor.time-zone", "Australia/Sydney"));
        BounceFindings findings = new BounceFindings(new SoftBounceCounter(store), s.integer("monitor.detect.bounces.soft-threshold", 3, 1),
                s.duration("monitor.detect.bounces.soft-window", "72h"));
        BounceClassifier classifier = new BounceClassifier(faxNumbers);
        BounceMailHandler handler = new BounceMailHandler(classifier, responseFiles, correlator, findings, clock);
        BounceCounters counters = new BounceCounters();
        registry.bind("bounceCounters", counters);
        String unparsedFolder = s.string("monitor.detect.bounces.unparsed-folder", "Monitor/Unparsed");
        registry.bind("bounceMailbox", new BounceMailbox(classifier, handler, counters, new BounceMailbox.Folders(
                s.string("monitor.detect.bounces.processed-folder", "Monitor/Processed"),
                s.string("monitor.detect.bounces.ignored-folder", "Monitor/Ignored"), unparsedFolder),
                new UnparsedWatch(s.integer("monitor.detect.bounces.unparsed-threshold", 5, 1), unparsedFolder, clock)));
        registry.bind("bounceMailBinding", new NullSenderMailBinding());
        registry.bind("bounceMailProperties", mailProperties(s));

        Path responses = s.path("monitor.detect.faxmaker.response-folder", "work/dropfolders/faxmaker");
        Path pickup = s.path("monitor.detect.faxmaker.pickup-folder", "work/dropfolders/faxmaker");
        Duration maxAge = s.duration("monitor.detect.faxmaker.pickup-max-age", "15m");
        registry.bind("faxMakerFolder", new FaxMakerFolder(responseFiles, handler, new FaxPickupStuckRule(maxAge), pickup, clock));
        registry.bind("faxResponsesSeen", FileIdempotentRepository.fileIdempotentRepository(
                s.path("monitor.detect.faxmaker.seen-file", "work/state/faxmaker-responses-seen.txt").toFile(), 100_000, 16 * 1024 * 1024));
        context.getPropertiesComponent().addPropertiesSource(new Derived(Map.of(RESPONSE_DIR, responses.toString())));

        if (s.flag("monitor.demo.enabled", false)) {
            DemoBounces.deliver(context, s);
        }
    }

    /** JavaMail settings the endpoint URI cannot carry: STARTTLS and timeouts towards the IMAP server. */
    private static Properties mailProperties(Settings s) {
        Properties p = new Properties();
        String timeout = String.valueOf(s.integer("monitor.detect.bounces.timeout-ms", 20_000, 100));
        boolean starttls = s.flag("monitor.detect.bounces.starttls", false);
        for (String protocol : new String[] {"imap", "imaps"}) {
            p.setProperty("mail." + protocol + ".connectiontimeout", timeout);
            p.setProperty("mail." + protocol + ".timeout", timeout);
            p.setProperty("mail." + protocol + ".writetimeout", timeout);
        }
        p.setProperty("mail.imap.starttls.enable", String.valueOf(starttls));
        p.setProperty("mail.imap.starttls.required", String.valueOf(starttls));
        return p;
    }

    /** Settings computed from others (absolute paths), so routes can use them as placeholders. */
    private record Derived(Map<String, String> values) implements PropertiesSource {
        @Override
        public String getName() {
            return "bounce-derived";
        }

        @Override
        public String getProperty(String name) {
            return values.get(name);
        }
    }
}
