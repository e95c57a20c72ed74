package au.chim.routing;

/**
 * A routing or recipients file that cannot be used. The message always starts with the file and the
 * path of the bad entry ({@code config/routing.yaml: routes[1].parties: unknown party 'acounts'}) so the
 * person editing it can go straight to the line.
 */
public class ConfigException extends RuntimeException {
    private final String file;
    private final String path;

    public ConfigException(String file, String path, String problem) {
        this(file, path, problem, null);
    }

    public ConfigException(String file, String path, String problem, Throwable cause) {
        super(file + ": " + (path == null || path.isEmpty() ? "" : path + ": ") + problem, cause);
        this.file = file;
        this.path = path;
    }

    public String file() {
        return file;
    }

    /** The dotted/indexed path of the offending entry, e.g. {@code routes[1].parties}; empty for the whole file. */
    public String path() {
        return path;
    }
}
