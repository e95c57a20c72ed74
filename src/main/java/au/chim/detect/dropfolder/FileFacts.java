package au.chim.detect.dropfolder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What one streaming pass over the bytes tells about a drop file before it is parsed: size, BOM,
 * encoding (UTF-8 when it has a BOM or decodes strictly, else Windows-1252), NUL bytes and whether
 * it ends with a line break. Memory is one 64 KiB buffer whatever the file size.
 *
 * @param firstNul  byte offset of the first NUL, -1 when none (text files never contain NUL)
 * @param utf16Bom  the file starts with a UTF-16 byte-order mark
 * @param unclosedQuoteLine line on which a quoted field opens that the file never closes (cut off mid-write), else -1
 */
public record FileFacts(long size, boolean bom, Charset charset, long firstNul, boolean endsWithNewline, boolean utf16Bom,
                        boolean blank, long unclosedQuoteLine) {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int BUF = 64 * 1024;

    public static FileFacts of(Path file) throws IOException {
        try (InputStream in = TimedReads.open(file)) {
            byte[] buf = new byte[BUF];
            ByteBuffer bytes = ByteBuffer.allocate(BUF + 8);
            CharBuffer chars = CharBuffer.allocate(BUF + 8);
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            boolean validUtf8 = true;
            long size = 0;
            long firstNul = -1;
            boolean bom = false;
            boolean utf16 = false;
            boolean blank = true;
            byte last = 0;
            QuoteScan quotes = new QuoteScan();
            int n;
            while ((n = in.read(buf)) > 0) {
                int start = 0;
                if (size == 0) {
                    if (n >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
                        bom = true;
                        start = 3;
                    } else if (n >= 2 && (((buf[0] & 0xFF) == 0xFF && (buf[1] & 0xFF) == 0xFE)
                            || ((buf[0] & 0xFF) == 0xFE && (buf[1] & 0xFF) == 0xFF))) {
                        utf16 = true;
                    }
                }
                for (int i = start; i < n; i++) {
                    byte b = buf[i];
                    if (b == 0 && firstNul < 0) {
                        firstNul = size + i;
                    }
                    if (blank && b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                        blank = false;
                    }
                }
                quotes.accept(buf, start, n);
                last = buf[n - 1];
                size += n;
                if (validUtf8) {
                    bytes.put(buf, start, n - start).flip();
                    CoderResult r = utf8.decode(bytes, chars, false);
                    validUtf8 = !r.isError();
                    chars.clear();
                    bytes.compact();
                }
            }
            if (validUtf8) {
                bytes.flip();
                validUtf8 = !utf8.decode(bytes, chars, true).isError() && !utf8.flush(chars).isError();
            }
            Charset cs = bom || validUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
            return new FileFacts(size, bom, cs, firstNul, last == '\n' || last == '\r', utf16, blank, quotes.unclosedQuoteLine());
        }
    }
}
