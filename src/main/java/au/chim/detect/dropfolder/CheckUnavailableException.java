package au.chim.detect.dropfolder;

/**
 * ClickHome or the monitor store could not be asked, so a file cannot be checked now. The caller
 * must leave the file for a later attempt and send no snapshot (an empty one would resolve issues).
 */
public final class CheckUnavailableException extends RuntimeException {
    public CheckUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
