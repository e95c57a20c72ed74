package au.chim.dashboard.workview;

import au.chim.dashboard.HawtioServer;
import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import java.nio.file.Path;
import java.util.Properties;

/** The whole monitor on the demo data, with its Hawtio console (and so the work view) on a free port. */
final class WorkViewMonitor implements AutoCloseable {
    final TestMail mail;
    final TestMonitor monitor;

    WorkViewMonitor(Path dir) throws Exception {
        mail = new TestMail().start();
        Properties p = TestMonitor.defaults(mail.smtpPort());
        p.setProperty("monitor.demo.enabled", "true");
        p.setProperty("monitor.demo.embedded-mail", "false");
        p.setProperty("monitor.demo.simulator", "false");
        p.setProperty("monitor.demo.drop-root", dir.resolve("drops").toString());
        p.setProperty("monitor.dashboard.enabled", "true");
        p.setProperty("monitor.dashboard.port", "0");
        p.setProperty("monitor.dashboard.war", Path.of("target/hawtio/hawtio.war").toAbsolutePath().toString());
        p.setProperty("monitor.dashboard.work-dir", dir.resolve("hawtio").toString());
        // Demo rows are dated from the real clock, as in a real demo run (the ClickHome side reads GETDATE()).
        TestMonitor m;
        try {
            m = TestMonitor.start(p, java.time.Clock.systemUTC());
        } catch (Exception | Error e) {
            mail.close();
            throw e;
        }
        monitor = m;
    }

    /** e.g. http://127.0.0.1:41234/hawtio */
    String hawtioUrl() {
        return monitor.context().hasService(HawtioServer.class).url();
    }

    /** Id of the open issue about this entity (e.g. PO 24017/013), or null while the checks have not found it. */
    Long openIssue(String entityKey, String code) {
        return monitor.store().queryForList("SELECT id FROM monitor_issue WHERE entity_key = ? AND code = ? AND status <> 'RESOLVED'",
                Long.class, entityKey, code).stream().findFirst().orElse(null);
    }

    @Override
    public void close() {
        try {
            monitor.close();
        } finally {
            mail.close();
        }
    }
}
