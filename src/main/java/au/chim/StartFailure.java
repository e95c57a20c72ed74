package au.chim;

/**
 * A part the monitor cannot run without did not start. Its message names the part, the setting to look
 * at and the cause, in one line: the line IT reads in the service log after systemd gave up restarting.
 */
public final class StartFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StartFailure(String part, String setting, String cause, Throwable error) {
        super("cannot start the " + part + " (setting " + setting + "): " + cause, error);
    }

    /** One line for any start-up exception: a {@link StartFailure} in the chain says it best, else the root cause. */
    public static String describe(Throwable error) {
        Throwable root = error;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof StartFailure) {
                return t.getMessage();
            }
            root = t;
        }
        String outer = error.getMessage() == null ? "" : error.getMessage();
        String cause = rootCause(error);
        return outer.isBlank() || outer.contains(cause) ? "cannot start the monitor: " + cause
                : "cannot start the monitor: " + outer + ": " + cause;
    }

    /** The innermost message, with what a bare file name from the file system means (denied, missing). */
    public static String rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof java.nio.file.FileSystemException fs) {
            String kind = root instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : root instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                    : fs.getReason() == null ? "file system error" : fs.getReason();
            return fs.getFile() + ": " + kind;
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
