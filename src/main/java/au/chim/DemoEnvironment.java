package au.chim;

import au.chim.config.Settings;
import au.chim.store.ServiceCloser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: a ClickHome database in H2 (MSSQLServer mode) loaded with the reference
 * schema and demo data, and a GreenMail server holding the recipients' mailboxes. Never used in
 * production (monitor.demo.enabled=false).
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
            LOG.info("demo mail server: SMTP 127.0.0.1:{} IMAP 127.0.0.1:{}", s.integer("monitor.demo.smtp-port", 3025, 1),
                    s.integer("monitor.demo.imap-port", 3143, 1));
        }
        if (s.flag("monitor.demo.load-schema", true)) {
            Path schema = s.path("monitor.demo.schema-file", "config/clickhome/reference-schema.sql");
            try (Connection c = DriverManager.getConnection(clickhomeUrl); Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA IF NOT EXISTS dbo");
                for (String sql : Files.readString(schema).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("--[^\n]*", "").split(";")) {
                    if (!sql.isBlank()) {
                        st.execute(sql);
                    }
                }
            }
        }
    }
}
