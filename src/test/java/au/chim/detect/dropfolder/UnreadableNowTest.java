package au.chim.detect.dropfolder;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file the file system refuses to read (a file Windows still holds locked for its writer, a share gone away) is
 * not a bad file: the validator says it cannot be checked now, so the route leaves it for the next poll instead of
 * quarantining it. Here the refusal is real: the name is a folder, which the operating system will not read as a file.
 */
class UnreadableNowTest {
    @TempDir
    Path dir;

    @Test
    void aFileTheFileSystemWillNotReadIsLeftForTheNextPoll() throws Exception {
        Path refused = Files.createDirectory(dir.resolve("PO_DATABUILD_20240304101500.csv"));
        DropFileValidator validator = new DropFileValidator(new JdbcClickHomeLookup(DropTestSupport.clickHome()),
                new JdbcCrossFileState(DropTestSupport.store(), "dropfolder", DropTestSupport.CLOCK), DropTestSupport.CLOCK);
        CheckUnavailableException e = assertThrows(CheckUnavailableException.class, () -> validator.validate(refused, DropInterface.PO));
        assertTrue(e.getMessage().startsWith("cannot read PO_DATABUILD_20240304101500.csv now: cannot read the file: IOException (Is a directory)"),
                e.getMessage());
        assertTrue(Files.isDirectory(refused), "nothing was moved");
    }
}
