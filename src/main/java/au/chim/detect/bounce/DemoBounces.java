package au.chim.detect.bounce;

import au.chim.config.Settings;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo only: puts the bounces in config/demo/bounces (a DSN for the seeded bounced call-up, a FaxMaker report for
 * the seeded fax job, an out-of-office) into the ClickHome sending mailbox of the embedded mail server, so the
 * bounce detector has something to find at start.
 */
final class DemoBounces {
    private static final Logger LOG = LoggerFactory.getLogger(DemoBounces.class);

    private DemoBounces() {
    }

    static void deliver(CamelContext context, Settings s) throws IOException {
        GreenMail mail = context.getRegistry().lookupByNameAndType("demoMailServer", GreenMail.class);
        if (mail == null) {
            return;   // no embedded mail server: the mailbox is a real one, leave it alone
        }
        String user = s.string("monitor.detect.bounces.username", "clickhome@builder.example");
        String password = s.string("monitor.detect.bounces.password", user);
        GreenMailUser mailbox = mail.setUser(user, user, password);
        Path folder = s.path("monitor.demo.bounces-folder", "config/demo/bounces");
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "*.eml")) {
                ds.forEach(files::add);
            }
        }
        files.sort(null);
        Session session = Session.getInstance(new Properties());
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                mailbox.deliver(new MimeMessage(session, in));
            } catch (jakarta.mail.MessagingException | RuntimeException e) {
                throw new IllegalStateException("demo bounce " + f + " could not be delivered: " + e.getMessage(), e);
            }
        }
        LOG.info("demo: {} bounce(s) from {} put into mailbox {}", files.size(), folder, user);
    }
}
