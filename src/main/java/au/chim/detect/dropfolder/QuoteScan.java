package au.chim.detect.dropfolder;

/**
 * Follows RFC 4180 quoting byte by byte to tell whether a file ends inside a quoted field, and on which line that field
 * opened: a file cut off mid-write. The CSV parser reads such a field to the end of the file as if it were data, so the
 * pass over the bytes that {@link FileFacts} makes anyway tells it. The bytes that matter (quote, comma, CR, LF) are
 * ASCII, which neither UTF-8 nor Windows-1252 uses inside another character.
 */
final class QuoteScan {
    private boolean fieldStart = true;
    private boolean quoted;
    /** A quote closed the field, or is the first of a doubled quote inside it: the next byte tells which. */
    private boolean quoteSeen;
    private byte previous;
    private long line = 1;
    private long openedOn = -1;

    void accept(byte b) {
        if (b == '\r' || (b == '\n' && previous != '\r')) {
            line++;
        }
        previous = b;
        if (quoted) {
            if (b == '"') {
                quoted = false;
                quoteSeen = true;
            }
            return;
        }
        if (quoteSeen && b == '"') { // a doubled quote: still inside the field
            quoted = true;
            quoteSeen = false;
            return;
        }
        quoteSeen = false;
        if (b == '"' && fieldStart) {
            quoted = true;
            openedOn = line;
        }
        fieldStart = b == ',' || b == '\r' || b == '\n';
    }

    /** The line on which the quoted field still open at the end of the file began, -1 when every quote was closed. */
    long unclosedQuoteLine() {
        return quoted ? openedOn : -1;
    }
}
