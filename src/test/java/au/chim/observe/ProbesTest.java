package au.chim.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.store.Databases;
import au.chim.store.StoreGuard;
import au.chim.testsupport.TestMail;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
        String url = "jdbc:h2:mem:probe-" + System.nanoTime() + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;DB_CLOSE_DELAY=-1";
        DriverManagerDataSource ds = new DriverManagerDataSource(url);
        Databases.migrate(ds);
        assertEquals(Optional.empty(), Probes.store(ds, 1, new StoreGuard(url), Clock.systemUTC()).problem());
        String missing = "jdbc:h2:mem:x;IFEXISTS=TRUE;NO_SUCH_SETTING=1";
        Optional<String> problem = Probes.store(new DriverManagerDataSource(missing), 1, new StoreGuard(missing), Clock.systemUTC()).problem();
        assertTrue(problem.orElse("").startsWith("the monitor store " + missing + " cannot be written: "), problem.toString());
    }

    @Test
    void aStoreThatAnswersButCannotWriteIsDown(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("store") + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE";
        Databases.migrate(new DriverManagerDataSource(url));
        String readOnly = url + ";ACCESS_MODE_DATA=r";
        Optional<String> problem = Probes.store(new DriverManagerDataSource(readOnly), 1, new StoreGuard(readOnly), Clock.systemUTC()).problem();
        assertTrue(problem.orElse("").contains("cannot be written"), problem.toString());
        assertTrue(problem.orElse("").contains("read only"), problem.toString());
    }

    @Test
    void aTrippedStoreGuardIsDownWithItsCause() {
        String url = "jdbc:h2:mem:probe-" + System.nanoTime() + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;DB_CLOSE_DELAY=-1";
        DriverManagerDataSource ds = new DriverManagerDataSource(url);
        Databases.migrate(ds);
        StoreGuard guard = new StoreGuard(url);
        guard.inspect(new java.sql.SQLException("No space left on device", "HY000", 90100));
        Optional<String> problem = Probes.store(ds, 1, guard, Clock.systemUTC()).problem();
        assertTrue(problem.orElse("").startsWith("monitor store " + url + " failed at "), problem.toString());
        assertTrue(problem.orElse("").contains("No space left on device"), problem.toString());
    }

    @Test
    void clickhomeProbeFollowsTheConnectivityState() {
        assertEquals(Optional.empty(), Probes.clickhome(() -> true).problem());
        assertEquals(Optional.of("the ClickHome database did not answer the last connectivity ping"), Probes.clickhome(() -> false).problem());
    }
}
