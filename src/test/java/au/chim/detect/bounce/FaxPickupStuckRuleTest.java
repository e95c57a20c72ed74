package au.chim.detect.bounce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.FindingSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A pickup folder with old .txt/.tmp files means FaxMaker stopped; a drained folder resolves it. */
class FaxPickupStuckRuleTest {
    private static final Instant NOW = Instant.parse("2026-11-20T01:00:00Z");
    private final FaxPickupStuckRule rule = new FaxPickupStuckRule(Duration.ofMinutes(15));

    private static void file(Path dir, String name, Duration age) throws IOException {
        Path p = Files.writeString(dir.resolve(name), "::0298765432\n");
        Files.setLastModifiedTime(p, FileTime.from(NOW.minus(age)));
    }

    @Test
    void oldTxtAndTmpFilesAreOneGatewayIssue(@TempDir Path pickup) throws IOException {
        file(pickup, "CH1.txt", Duration.ofMinutes(40));
        file(pickup, "CH2.tmp", Duration.ofMinutes(20));
        file(pickup, "CH3.txt", Duration.ofMinutes(2));
        file(pickup, "CH0.err", Duration.ofHours(5));
        FindingSnapshot s = rule.evaluate(pickup, NOW);
        assertEquals("check:fax-pickup", s.scope());
        assertEquals(1, s.findings().size());
        Finding f = s.findings().get(0);
        assertEquals("MSG_FAX_GATEWAY|gateway:faxmaker|pickup", f.fingerprint());
        assertEquals(Category.MESSAGE_GATEWAY, f.category());
        assertEquals("FaxMaker is not picking up faxes: 2 file(s) waiting, oldest 40 min", f.summary());
        assertEquals("CH1.txt", f.context().get(Finding.FILE));
    }

    @Test
    void freshOrDrainedFolderIsAnEmptySnapshot(@TempDir Path pickup) throws IOException {
        file(pickup, "CH3.txt", Duration.ofMinutes(2));
        file(pickup, "CH2.ok", Duration.ofHours(2));
        assertEquals(new FindingSnapshot("check:fax-pickup", List.of()), rule.evaluate(pickup, NOW));
    }

    @Test
    void missingFolderIsAnErrorNotAllClear(@TempDir Path dir) {
        assertThrows(NoSuchFileException.class, () -> rule.evaluate(dir.resolve("absent"), NOW));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new FaxPickupStuckRule(Duration.ZERO))
                .getMessage().contains("pickup-max-age"));
    }
}
