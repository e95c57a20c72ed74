package au.chim;

import au.chim.config.Settings;
import au.chim.demo.ClickHomeSchema;
import au.chim.demo.DemoData;
import au.chim.demo.DemoDropFiles;
import au.chim.demo.FailureSimulator;
import au.chim.store.ServiceCloser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The embedded default: a ClickHome database in H2 (SQL Server mode) with the reference schema and
 * a builder's worth of demo data, demo drop files, a GreenMail server holding the recipients'
 * mailboxes, and the failure simulator. Never used in production (monitor.demo.enabled=false).
 */
final class DemoEnvironment {
    private static final Logger LOG = LoggerFactory.getLogger(DemoEnvironment.class);

    private DemoEnvironment() {
    }

    static void start(CamelContext context, Settings s, Clock clock, String clickhomeUrl) throws Exception {
        if (s.flag("monitor.demo.embedded-mail", true)) {
            GreenMail mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(s.integer("monitor.demo.smtp-port", 3025, 1), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(s.integer("monitor.demo.imap-port", 3143, 1), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
            mail.start();
            context.addService(new ServiceCloser(mail::stop));
            context.getRegistry().bind("demoMailServer", mail);
        }
        // The monitor's own pool is read-only; the demo writes through a connection of its own.
        DataSource writable = new DriverManagerDataSource(clickhomeUrl);
        ClickHomeSchema.create(writable, s.path("monitor.demo.schema-file", "config/clickhome/reference-schema.sql"));
        DemoData.Loaded loaded = DemoData.load(writable, clock, 42L);
        LOG.info("demo ClickHome data loaded in {} ms: {}", loaded.took().toMillis(), loaded.rowCounts());
        Path drops = s.path("monitor.demo.drop-root", "work/dropfolders");
        if (isEmpty(drops)) {
            DemoDropFiles.write(drops, clock);
        }
        Path documentBackups = s.path("monitor.detect.document-backup.folder", "work/backups/documents");
        if (isEmpty(documentBackups)) {
            // The demo's document backup job "stopped" 30 hours ago.
            Files.createDirectories(documentBackups);
            Path last = Files.writeString(documentBackups.resolve("clickhome-documents-full.zip"), "demo backup");
            Files.setLastModifiedTime(last, java.nio.file.attribute.FileTime.from(clock.instant().minus(java.time.Duration.ofHours(30))));
        }
        context.getRegistry().bind("failureSimulator", new FailureSimulator(writable, clock, new Random()));
    }

    private static boolean isEmpty(Path root) throws java.io.IOException {
        if (!Files.isDirectory(root)) {
            return true;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.noneMatch(Files::isRegularFile);
        }
    }
}
