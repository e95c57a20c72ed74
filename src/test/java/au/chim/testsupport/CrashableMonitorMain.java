package au.chim.testsupport;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Entry point of a {@link CrashableMonitor}: the real monitor on the settings in the file named by the argument, until killed. */
public final class CrashableMonitorMain {
    private CrashableMonitorMain() {
    }

    public static void main(String[] args) throws Exception {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of(args[0]))) {
            p.load(r);
        }
        // not start() and join(): a SIGTERM would then leave the routes running on a store H2 closes at exit
        TestMonitor.runUntilStopped(p);
    }
}
