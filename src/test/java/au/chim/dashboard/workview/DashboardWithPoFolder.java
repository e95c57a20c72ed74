package au.chim.dashboard.workview;

import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import java.nio.file.Path;
import java.util.Properties;

/** Settings of a monitor with its dashboard and only the PO drop folder, read quickly: the work view's file screens. */
final class DashboardWithPoFolder {
    private DashboardWithPoFolder() {
    }

    /** @param dir the test's folder (console scratch, archive, quarantine); @param in the PO In folder */
    static Properties settings(TestMail mail, Path dir, Path in) {
        Properties p = TestMonitor.defaults(mail.smtpPort());
        p.setProperty("monitor.dashboard.enabled", "true");
        p.setProperty("monitor.dashboard.port", "0");
        p.setProperty("monitor.dashboard.work-dir", dir.resolve("hawtio").toString());
        p.setProperty("monitor.dropfolders.enabled", "true");
        p.setProperty("monitor.dropfolders.poll-interval", "200ms");
        p.setProperty("monitor.dropfolders.read-lock-min-age", "300ms");
        p.setProperty("monitor.dropfolders.read-lock-interval", "100");
        p.setProperty("monitor.dropfolders.read-lock-timeout", "500");
        p.setProperty("monitor.dropfolders.po.folder", in.toString());
        p.setProperty("monitor.dropfolders.po.archive", dir.resolve("archive").toString());
        p.setProperty("monitor.dropfolders.po.quarantine", dir.resolve("quarantine").toString());
        for (String other : new String[] {"po-ack", "supplier", "job"}) {
            p.setProperty("monitor.dropfolders." + other + ".enabled", "false");
        }
        return p;
    }
}
