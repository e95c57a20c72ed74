package au.chim.detect.dropfolder;

/** A drop file that cannot be read at all; the message is the reason a person reads in the quarantine report. */
public final class UnreadableFileException extends Exception {

    /** Why a file was refused. */
    public enum Reason {
        EMPTY, BINARY, UNSUPPORTED_ENCODING, WRONG_NAME, WRONG_HEADER, MISSING_COLUMNS, TRUNCATED, MALFORMED, IO_ERROR
    }

    private final Reason reason;

    public UnreadableFileException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public UnreadableFileException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
