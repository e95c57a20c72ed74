package au.chim.detect.backup;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.finding.Finding;
import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentBackupCheckTest {
    private final Instant now = Instant.parse("2026-11-25T00:00:00Z");
    private final Clock clock = Clock.fixed(now, ZoneOffset.UTC);

    private static Path file(Path dir, String name, Instant modified) throws Exception {
        Files.createDirectories(dir);
        Path f = Files.writeString(dir.resolve(name), "x");
        Files.setLastModifiedTime(f, FileTime.from(modified));
        return f;
    }

    @Test
    void newestFileDecidesWhateverTheFolderDepth(@TempDir Path root) throws Exception {
        DocumentBackupCheck check = new DocumentBackupCheck(root, Duration.ofHours(26), 3, clock);
        file(root, "old.zip", now.minus(Duration.ofDays(3)));
        List<Finding> stale = check.scan().findings();
        assertEquals(1, stale.size());
        assertTrue(stale.get(0).summary().contains("72 hours old (allowed 26)"), stale.get(0).summary());

        file(root.resolve("2026/11"), "tonight.zip", now.minus(Duration.ofHours(25)));
        assertTrue(check.scan().findings().isEmpty(), "a recent file two levels down counts");
    }

    @Test
    void emptyOrMissingFolderIsNotABackup(@TempDir Path root) {
        assertTrue(new DocumentBackupCheck(root, Duration.ofHours(26), 3, clock).scan().findings().get(0).summary().contains("no backup file"));
        assertTrue(new DocumentBackupCheck(root.resolve("gone"), Duration.ofHours(26), 3, clock).scan().findings().get(0).summary()
                .contains("cannot be read"));
    }

    @Test
    void theRouteRaisesAndResolvesThroughTheRegister(@TempDir Path root) throws Exception {
        file(root, "last.zip", Instant.now().minus(Duration.ofDays(2)));
        try (TestMail mail = new TestMail().start()) {
            Properties p = TestMonitor.defaults(mail.smtpPort());
            p.setProperty("monitor.detect.document-backup.enabled", "true");
            p.setProperty("monitor.detect.document-backup.folder", root.toString());
            p.setProperty("monitor.detect.document-backup.interval", "200ms");
            try (TestMonitor monitor = TestMonitor.start(p, Clock.systemUTC())) {
                String fp = "BACKUP_DOCUMENTS_OVERDUE|document-backup:" + root;
                await().atMost(Duration.ofSeconds(20)).until(() -> monitor.status(fp) != null);
                assertEquals("backup", monitor.issue(fp).get("category"));
                file(root, "tonight.zip", Instant.now());
                await().atMost(Duration.ofSeconds(20)).until(() -> "RESOLVED".equals(monitor.status(fp)));
            }
        }
    }
}
