package au.chim.detect.dropfolder;

/**
 * ClickHome or the monitor store could not be asked, or the file system did not let the file be read, so a file
 * cannot be checked now. The caller must leave the file for a later attempt and send no snapshot (an empty one
 * would resolve issues). A file that never becomes readable is reported as stale by the folder scan.
 */
public final class CheckUnavailableException extends RuntimeException {
    public CheckUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
