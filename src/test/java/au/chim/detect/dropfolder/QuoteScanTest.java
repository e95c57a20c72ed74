package au.chim.detect.dropfolder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A file that ends inside a quoted field was cut off mid-write; one that only looks like it was not. */
class QuoteScanTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "closed fields                  | 'a,\"b, c\",d\r\n1,\"x\"\r\n'           | -1",
            "doubled quotes inside          | 'a,\"say \"\"no\"\"\"\r\n'              | -1",
            "closed over a line break       | 'a,\"one\r\ntwo\"\r\nb\r\n'             | -1",
            "quote inside an unquoted field | 'a,12\" pipe,b\r\n'                     | -1",
            "last field cut off             | 'a,b\r\n1,\"open'                       | 2",
            "cut off after a doubled quote  | 'a,b\r\nc,d\n1,\"said \"\"'             | 3",
            "cut off over line breaks       | 'h\r\n\"one\r\ntwo\r\n'                 | 2",
            "lone CR line ends              | 'h\r1\r\"x'                             | 3",
    })
    void tellsTheLineOfAQuoteNeverClosed(String name, String content, long line) {
        QuoteScan scan = new QuoteScan();
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int half = bytes.length / 2; // in two reads, as the file's buffer may split anywhere
        scan.accept(bytes, 0, half);
        scan.accept(bytes, half, bytes.length);
        assertEquals(line, scan.unclosedQuoteLine(), name);
    }
}
