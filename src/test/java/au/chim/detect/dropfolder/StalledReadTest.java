package au.chim.detect.dropfolder;

import static au.chim.detect.dropfolder.DropTestSupport.PO_HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read that the file system stops answering (a share gone quiet) ends at the read limit and the file is left for
 * the next poll, instead of holding the folder's route. The silent share is a real named pipe whose writer sends the
 * header and then nothing: a read of it blocks inside the operating system, where interrupting the thread does not help.
 */
class StalledReadTest {
    @TempDir
    Path dir;

    @AfterEach
    void restoreLimit() {
        TimedReads.limit(Duration.ofSeconds(60));
    }

    @Test
    void aReadThatStopsAnsweringEndsAtTheLimitAndLeavesTheFile() throws Exception {
        Path pipe = dir.resolve("PO_DATABUILD_20240304101500.csv");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor(), "mkfifo");
        CountDownLatch done = new CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(pipe)) {
                out.write((PO_HEADER + "\r\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                done.await(); // then silence, as from a share that stopped answering
            } catch (Exception e) {
                // the test is over: the pipe's reader is gone
            }
        }, "silent-share");
        writer.setDaemon(true);
        writer.start();
        TimedReads.limit(Duration.ofMillis(500));
        DropFileValidator validator = new DropFileValidator(new JdbcClickHomeLookup(DropTestSupport.clickHome()),
                new JdbcCrossFileState(DropTestSupport.store(), "dropfolder", DropTestSupport.CLOCK), DropTestSupport.CLOCK);
        try {
            CheckUnavailableException e = assertThrows(CheckUnavailableException.class, () -> validator.validate(pipe, DropInterface.PO));
            assertTrue(e.getMessage().contains("cannot read PO_DATABUILD_20240304101500.csv now")
                    && e.getMessage().contains("no answer from the file system within 500 ms (read timeout)"), e.getMessage());
        } finally {
            done.countDown();
        }
        assertTrue(Files.exists(pipe), "the file stays where it was");
    }
}
