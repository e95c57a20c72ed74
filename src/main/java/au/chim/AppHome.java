package au.chim;

import java.nio.file.Path;

/**
 * The folder that holds {@code routes/} and {@code config/}. Resolved once so the packaged
 * distribution runs from any working directory: system property {@code monitor.home}, else
 * environment variable {@code MONITOR_HOME}, else the working directory.
 */
public final class AppHome {
    private AppHome() {
    }

    public static Path get() {
        String home = System.getProperty("monitor.home");
        if (home == null || home.isBlank()) {
            home = System.getenv("MONITOR_HOME");
        }
        if (home == null || home.isBlank()) {
            home = ".";
        }
        return Path.of(home).toAbsolutePath().normalize();
    }

    /** A path under the home unless it is already absolute (a UNC path or a production folder). */
    public static Path resolve(String path) {
        Path p = Path.of(path);
        return p.isAbsolute() ? p : get().resolve(p).normalize();
    }
}
