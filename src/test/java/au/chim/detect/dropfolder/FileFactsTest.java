package au.chim.detect.dropfolder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFactsTest {
    @TempDir
    Path dir;

    @Test
    void utf8WithBomIsUtf8() throws IOException {
        FileFacts f = FileFacts.of(DropTestSupport.write(dir, "a.csv", "Name\r\nCafé\r\n", StandardCharsets.UTF_8, true));
        assertTrue(f.bom());
        assertEquals(StandardCharsets.UTF_8, f.charset());
        assertTrue(f.endsWithNewline());
    }

    @Test
    void utf8WithoutBomIsUtf8() throws IOException {
        FileFacts f = FileFacts.of(DropTestSupport.write(dir, "a.csv", "Name\nCafé", StandardCharsets.UTF_8, false));
        assertFalse(f.bom());
        assertEquals(StandardCharsets.UTF_8, f.charset());
        assertFalse(f.endsWithNewline());
    }

    @Test
    void windows1252IsDetectedFromOneInvalidByte() throws IOException {
        FileFacts f = FileFacts.of(DropTestSupport.write(dir, "a.csv", "Name\r\nCafé\r\n", FileFacts.WINDOWS_1252, false));
        assertEquals(FileFacts.WINDOWS_1252, f.charset());
    }

    @Test
    void aMultibyteCharacterAcrossTheBufferBoundaryStaysUtf8() throws IOException {
        // 'é' is 2 bytes in UTF-8; place it so it straddles the 64 KiB read buffer, then a 1252 byte far later.
        String text = "x".repeat(64 * 1024 - 1) + "é\n";
        FileFacts ok = FileFacts.of(DropTestSupport.write(dir, "a.csv", text, StandardCharsets.UTF_8, false));
        assertEquals(StandardCharsets.UTF_8, ok.charset());
        Path mixed = dir.resolve("b.csv");
        Files.write(mixed, DropTestSupport.concat(text.getBytes(StandardCharsets.UTF_8), new byte[] {'C', 'a', 'f', (byte) 0xE9, '\n'}));
        assertEquals(FileFacts.WINDOWS_1252, FileFacts.of(mixed).charset());
    }

    @Test
    void nulBytesAreFoundWithTheirOffset() throws IOException {
        Path p = dir.resolve("a.csv");
        Files.write(p, new byte[] {'P', 'K', 3, 4, 0, 0});
        assertEquals(4, FileFacts.of(p).firstNul());
    }
}
