package au.chim.dashboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Guessing the password of "target" from 127.0.0.1 (3 free failures, then 30 s doubling): the guesser waits, on
 * both ports; the real user logs in from another address meanwhile; once the wait has passed (the clock is moved,
 * nobody sleeps) the right password works again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SurfaceFixture.Resolver.class)
class LoginThrottlingTest {
    private static final String SECTION = "6. Log-in throttling (user target; 3 free failures, then 30 s doubling)";
    private SurfaceFixture f;

    @BeforeAll
    void start(SurfaceFixture fixture) {
        f = fixture;
    }

    @Test
    void guessesWaitTheRealUserDoesNotAndTheWaitEnds() throws Exception {
        String issues = f.api() + "/api/issues";
        for (int i = 1; i <= 3; i++) {
            assertEquals(401, f.probe.call("GET", issues).as("target").password("guess-" + i)
                    .send(SECTION, "wrong password " + i).status());
        }
        SecurityProbe.Answer fourth = f.probe.call("GET", issues).as("target").password("guess-4")
                .send(SECTION, "wrong password 4");
        assertEquals(401, fourth.status(), "the 4th guess is still checked; it starts the wait");
        SecurityProbe.Answer blocked = f.probe.call("GET", issues).as("target").send(SECTION, "right password, same address");
        assertEquals(429, blocked.status(), blocked.body());
        long retryAfter = Long.parseLong(blocked.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 30, "Retry-After " + retryAfter);
        SecurityProbe.Answer console = f.probe.call("POST", f.hawtio() + "/auth/login").header("Origin", f.hawtioOrigin())
                .json("{\"username\":\"target\",\"password\":\"target-pw\"}").send(SECTION, "Hawtio login form, same address");
        assertEquals(429, console.status(), "one throttle for both ports: " + console.body());

        int elsewhere = f.probe.getFrom("127.0.0.2", "127.0.0.1", port(), "/api/issues", "target", "target-pw", SECTION,
                "right password from another address");
        assertEquals(200, elsewhere, "the real user is not locked out from their own machine");

        f.clock.advance(Duration.ofSeconds(retryAfter + 1));
        assertEquals(200, f.probe.call("GET", issues).as("target").send(SECTION, "right password after Retry-After").status());
        assertEquals(200, f.probe.call("POST", f.hawtio() + "/auth/login").header("Origin", f.hawtioOrigin())
                .json("{\"username\":\"target\",\"password\":\"target-pw\"}").send(SECTION, "Hawtio login after the wait")
                .status());
    }

    private int port() {
        return java.net.URI.create(f.api()).getPort();
    }
}
