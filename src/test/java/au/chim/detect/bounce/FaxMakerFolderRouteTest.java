package au.chim.detect.bounce;

import au.chim.testsupport.Ceiling;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real detect-faxmaker routes on a real folder: a TextAPI .err raises a fax issue on the supplier, a later .ok
 * for the same supplier resolves it, a restart reads neither again, and a .txt FaxMaker leaves waiting raises the
 * gateway issue until the folder drains. The response files are never moved, changed or deleted.
 */
class FaxMakerFolderRouteTest {
    private static final String FAX_ISSUE = "MSG_FAX_FAILED|supplier:BRICK07|fax";
    private static final String PICKUP_ISSUE = "MSG_FAX_GATEWAY|gateway:faxmaker|pickup";

    @TempDir
    Path dir;
    private TestMail mail;
    private TestMonitor monitor;
    private Properties settings;
    private Path folder;

    @BeforeEach
    void start() throws Exception {
        folder = Files.createDirectories(dir.resolve("faxmaker"));
        mail = new TestMail().start();
        settings = TestMonitor.defaults(mail.smtpPort());
        settings.setProperty("monitor.detect.bounces.enabled", "false");
        settings.setProperty("monitor.detect.faxmaker.enabled", "true");
        settings.setProperty("monitor.detect.faxmaker.response-folder", folder.toString());
        settings.setProperty("monitor.detect.faxmaker.pickup-folder", folder.toString());
        settings.setProperty("monitor.detect.faxmaker.seen-file", dir.resolve("state/seen.txt").toString());
        settings.setProperty("monitor.detect.faxmaker.poll-interval", "200ms");
        settings.setProperty("monitor.detect.faxmaker.pickup-max-age", "15m");
        monitor = TestMonitor.start(settings);
        JdbcTemplate db = monitor.clickhome();
        db.update("INSERT INTO dbo.tblSuppliers (sgSupplierCode, sgSupplierName, sgFax, inCallupMethod) VALUES ('BRICK07', 'Redgum Bricklaying', '(02) 5550 4417', 2)");
        for (String job : new String[] {"FM4410233", "FM4410299"}) {
            db.update("INSERT INTO dbo.tblMessages (inMessageType, inAudience, inMethod, fkidSupplier, sgToAddress, sgFaxNumber, sgGatewayJobId, inStatus, dtSent)"
                    + " VALUES (1, 1, 2, 1, '0255504417@faxmaker.com', '(02) 5550 4417', ?, 2, '2026-11-20 09:00:00')", job);
        }
    }

    @AfterEach
    void stop() {
        if (monitor != null) {
            monitor.close();
        }
        mail.close();
    }

    @Test
    void errRaisesOnTheSupplierAndALaterOkResolvesIt() throws Exception {
        Path err = write("callup_24057_0012.err", "[Fax]\r\nJobID=FM4410233\r\nNumber=0255504417\r\nRecipient=Redgum Bricklaying\r\n"
                + "Status=Failed\r\nAttempts=3\r\nDescription=No answer (T.30 T1 timeout). The remote fax did not answer after 3 attempts.\r\n",
                Instant.now().minusSeconds(600));
        await().atMost(Duration.ofSeconds(30)).until(() -> monitor.status(FAX_ISSUE) != null);
        assertEquals("NEW", monitor.status(FAX_ISSUE));
        String summary = (String) monitor.issue(FAX_ISSUE).get("summary");
        assertTrue(summary.contains("supplier BRICK07") && summary.contains("phone the trade"), summary);

        write("callup_24057_0013.ok", "[Fax]\r\nJobID=FM4410299\r\nNumber=0255504417\r\nStatus=Sent\r\nPages=1\r\n", Instant.now().minusSeconds(60));
        await().atMost(Duration.ofSeconds(30)).until(() -> "RESOLVED".equals(monitor.status(FAX_ISSUE)));
        BounceCounters counters = monitor.context().getRegistry().lookupByNameAndType("bounceCounters", BounceCounters.class);
        // counted in the route's last step, just after the register
        await().atMost(Ceiling.twoTicks()).until(() -> counters.getResolved() == 1);
        assertEquals(1, counters.getRaised());
        assertTrue(Files.exists(err), "FaxMaker's files are only read");

        Object occurrences = monitor.issue(FAX_ISSUE).get("occurrences");
        monitor.close();
        monitor = TestMonitor.start(settings);
        BounceCounters afterRestart = monitor.context().getRegistry().lookupByNameAndType("bounceCounters", BounceCounters.class);
        write("callup_24060_0001.ok", "[Fax]\r\nJobID=FM4410299\r\nNumber=0255504417\r\nStatus=Sent\r\n", Instant.now().minusSeconds(30));
        await().atMost(Duration.ofSeconds(30)).until(() -> afterRestart.recent().stream()
                .anyMatch(h -> h.id().equals("callup_24060_0001.ok")));
        assertEquals(1, afterRestart.getTotal(), "the old .err and .ok were not read again after the restart");
        assertEquals("RESOLVED", monitor.status(FAX_ISSUE), "the old .err was not read again after the restart");
        assertEquals(occurrences, monitor.issue(FAX_ISSUE).get("occurrences"));
    }

    @Test
    void txtWaitingLongerThanTheLimitMeansFaxMakerStoppedUntilTheFolderDrains() throws Exception {
        Clock clock = monitor.context().getRegistry().lookupByNameAndType("clock", Clock.class);
        Path stuck = write("callup_24310_0044.txt", "::Tina Moore,Harbourside Plumbing,,,,0255509876\r\n", clock.instant().minus(Duration.ofMinutes(45)));
        Path fresh = write("callup_24311_0001.txt", "::0255509876\r\n", clock.instant());
        await().atMost(Duration.ofSeconds(30)).until(() -> monitor.status(PICKUP_ISSUE) != null);
        String detail = (String) monitor.issue(PICKUP_ISSUE).get("detail");
        assertTrue(detail.contains("callup_24310_0044.txt"), detail);
        assertFalse(detail.contains("callup_24311_0001.txt"), "a file FaxMaker has not had time for yet is not stuck");

        Files.delete(stuck);   // FaxMaker picked them up
        Files.delete(fresh);
        await().atMost(Duration.ofSeconds(30)).until(() -> "RESOLVED".equals(monitor.status(PICKUP_ISSUE)));
    }

    private Path write(String name, String content, Instant modified) throws Exception {
        Path tmp = dir.resolve(name + ".part");
        Files.writeString(tmp, content, StandardCharsets.US_ASCII);
        Files.setLastModifiedTime(tmp, FileTime.from(modified));
        return Files.move(tmp, folder.resolve(name));
    }
}
