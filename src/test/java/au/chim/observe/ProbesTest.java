package au.chim.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.testsupport.TestMail;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The probes on their own: what an operator reads when a dependency is missing. */
class ProbesTest {

    @Test
    void tcpProbeNamesTheServerItCannotReach() throws Exception {
        int closed = TestMail.freePort();
        Optional<String> problem = Probes.tcp("SMTP server", "127.0.0.1", closed, 500).problem();
        assertTrue(problem.orElse("").startsWith("SMTP server 127.0.0.1:" + closed + " cannot be reached: "), problem.toString());
        try (ServerSocket open = new ServerSocket(0)) {
            assertEquals(Optional.empty(), Probes.tcp("SMTP server", "127.0.0.1", open.getLocalPort(), 500).problem());
        }
    }

    @Test
    void folderProbeWantsAnExistingFolder(@TempDir Path dir) throws Exception {
        assertEquals(Optional.empty(), Probes.folder(dir).problem());
        assertEquals(Optional.of("folder " + dir.resolve("po") + " does not exist"), Probes.folder(dir.resolve("po")).problem());
        Path file = Files.writeString(dir.resolve("po.csv"), "not a folder");
        assertEquals(Optional.of("folder " + file + " does not exist"), Probes.folder(file).problem());
    }

    @Test
    void storeProbeReportsTheDatabaseError() {
        String url = "jdbc:h2:mem:probe-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        assertEquals(Optional.empty(), Probes.store(new DriverManagerDataSource(url), 1).problem());
        Optional<String> problem = Probes.store(new DriverManagerDataSource("jdbc:h2:mem:x;IFEXISTS=TRUE;NO_SUCH_SETTING=1"), 1).problem();
        assertTrue(problem.orElse("").startsWith("the monitor store does not answer: "), problem.toString());
    }

    @Test
    void clickhomeProbeFollowsTheConnectivityState() {
        assertEquals(Optional.empty(), Probes.clickhome(() -> true).problem());
        assertEquals(Optional.of("the ClickHome database did not answer the last connectivity ping"), Probes.clickhome(() -> false).problem());
    }
}
