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
    private boolean afterCr;
    private long line = 1;
    private long openedOn = -1;

    /** Reads {@code buf[from..to)}, the next bytes of the file. State lives in locals here: this runs for every byte. */
    void accept(byte[] buf, int from, int to) {
        boolean fieldStart = this.fieldStart;
        boolean quoted = this.quoted;
        boolean quoteSeen = this.quoteSeen;
        boolean afterCr = this.afterCr;
        long line = this.line;
        for (int i = from; i < to; i++) {
            byte b = buf[i];
            if (b > ',' || b < 0 || (b != '"' && b != ',' && b != '\r' && b != '\n')) { // nearly every byte
                fieldStart &= quoted;
                quoteSeen = false;
                afterCr = false;
                continue;
            }
            if (b == '\r' || (b == '\n' && !afterCr)) {
                line++;
            }
            afterCr = b == '\r';
            if (quoted) {
                if (b == '"') {
                    quoted = false;
                    quoteSeen = true;
                }
            } else if (quoteSeen && b == '"') { // a doubled quote: still inside the field
                quoted = true;
                quoteSeen = false;
            } else {
                quoteSeen = false;
                if (b == '"' && fieldStart) {
                    quoted = true;
                    openedOn = line;
                }
                fieldStart = b == ',' || b == '\r' || b == '\n';
            }
        }
        this.fieldStart = fieldStart;
        this.quoted = quoted;
        this.quoteSeen = quoteSeen;
        this.afterCr = afterCr;
        this.line = line;
    }

    /** The line on which the quoted field still open at the end of the file began, -1 when every quote was closed. */
    long unclosedQuoteLine() {
        return quoted ? openedOn : -1;
    }
}
