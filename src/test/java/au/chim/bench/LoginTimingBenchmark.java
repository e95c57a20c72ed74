package au.chim.bench;

import au.chim.dashboard.PasswordHashes;
import au.chim.dashboard.UserStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures for user enumeration by timing (printed, never asserted): the median time of a refused log-in for a
 * user name that exists (wrong password) and for one that does not, with a PBKDF2 users file and with the demo's
 * in-memory users. Equal medians mean the answer time does not tell which names exist.
 * Run: ./mvnw -o -Pbenchmark test -Dtest=LoginTimingBenchmark
 */
class LoginTimingBenchmark {
    private static final int RUNS = 41;

    @Test
    void refusedLoginsTakeAsLongForUnknownNames() throws Exception {
        Path file = Files.createTempFile("bench-users", ".properties");
        Files.write(file, List.of("alice = " + PasswordHashes.hash("right".toCharArray()) + ", admin"));
        report("users file (PBKDF2, " + PasswordHashes.DEFAULT_ITERATIONS + " rounds)", UserStore.load(file, k -> null), "alice");
        report("demo users (in memory)", UserStore.demo("right"), "admin");
        Files.delete(file);
    }

    private static void report(String what, UserStore store, String known) {
        double knownMs = median(store, known);
        double unknownMs = median(store, "nobody-" + known);
        System.out.printf("login timing, %s: known user, wrong password %.2f ms; unknown user %.2f ms (median of %d)%n",
                what, knownMs, unknownMs, RUNS);
    }

    private static double median(UserStore store, String user) {
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            store.check(user, ("wrong-" + i).toCharArray());
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }
}
