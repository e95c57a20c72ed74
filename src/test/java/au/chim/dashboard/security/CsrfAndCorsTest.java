package au.chim.dashboard.security;

import static au.chim.dashboard.security.SurfaceFixture.ALLOWED;
import static au.chim.dashboard.security.SurfaceFixture.FOREIGN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;

/**
 * Forged requests as another site's page would send them with the admin's cached credentials, CORS preflights on
 * both Jolokias, and hostile bodies: each is refused before the action runs, with a JSON sentence, and no
 * operator transition is recorded. Then password guessing: the guesser waits on both ports, the real user logs
 * in from another address meanwhile, and once the wait has passed (the clock is moved) the password works again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsrfAndCorsTest {
    private static final String CSRF = "2. Cross-site request forgery (admin's credentials attached)";
    private static final String CORS = "3. CORS on both Jolokias";
    private static final String THROTTLE = "6. Log-in throttling (user target; 3 free failures, then 30 s doubling)";
    private static final String HOSTILE = "4. Hostile bodies and parameters (admin, same origin)";
    private SurfaceFixture f;
    private String ack;

    @BeforeAll
    void start() throws Exception {
        f = SurfaceFixture.start();
        ack = f.api() + "/api/issues/" + f.issueId + "/acknowledge";
    }

    @AfterAll
    void stop() throws Exception {
        f.close();
    }

    private SecurityProbe.Call admin(String method, String url) {
        return f.probe.call(method, url).as("admin");
    }

    @Test
    void forgedRequestsAreRefusedBeforeTheActionRuns() throws Exception {
        String before = f.issueStatus();
        assertEquals(403, admin("POST", ack).header("Origin", FOREIGN)
                .body("application/x-www-form-urlencoded", "note=pwned").send(CSRF, "cross-origin HTML form").status());
        assertEquals(403, admin("POST", ack).header("Origin", FOREIGN).body("text/plain", "{\"note\":\"pwned\"}")
                .send(CSRF, "cross-origin text/plain").status());
        assertEquals(403, admin("POST", ack).header("Origin", "null").body("text/plain", "{}")
                .send(CSRF, "Origin: null (file:// page, sandboxed frame)").status());
        assertEquals(403, admin("POST", ack).header("Referer", FOREIGN + "/page.html").json("{}")
                .send(CSRF, "no Origin, foreign Referer").status());
        assertEquals(415, admin("POST", ack).header("Origin", f.api()).body("text/plain", "{\"note\":\"x\"}")
                .send(CSRF, "same origin but text/plain").status());
        assertEquals(415, admin("POST", ack).body("text/plain", "{\"note\":\"x\"}")
                .send(CSRF, "no Origin, no Referer, text/plain").status());
        assertEquals(415, admin("POST", ack).body("application/x-www-form-urlencoded", "note=x")
                .send(CSRF, "no Origin, no Referer, form").status());
        assertEquals(before, f.issueStatus(), "no forged request changed the issue");

        String hawtioExec = "{\"type\":\"exec\",\"mbean\":\"au.chim.monitor:type=IssueRegister\",\"operation\":"
                + "\"acknowledge\",\"arguments\":[" + f.issueId + ",\"pwned\"]}";
        assertEquals(403, admin("POST", f.hawtio() + "/jolokia").header("Origin", FOREIGN).body("text/plain", hawtioExec)
                .send(CSRF, "cross-origin text/plain to Hawtio's Jolokia").status());
        assertEquals(415, admin("POST", f.hawtio() + "/jolokia").header("Origin", f.hawtioOrigin())
                .body("text/plain", hawtioExec).send(CSRF, "same origin text/plain to Hawtio's Jolokia").status());
        assertEquals(403, f.probe.call("POST", f.hawtio() + "/auth/login").header("Origin", FOREIGN)
                .json("{\"username\":\"admin\",\"password\":\"admin-pw\"}").send(CSRF, "cross-origin Hawtio login").status());
        assertEquals(before, f.issueStatus(), "no forged JMX call changed the issue");

        // What passes: a same-origin page's JSON fetch, and a script with no browser headers at all.
        assertTrue(admin("POST", ack).header("Origin", f.api()).json("{\"note\":\"same origin\"}")
                .send(CSRF, "same-origin JSON fetch (passes)").status() != 403);
        assertTrue(admin("POST", ack).header("Referer", f.api() + "/x").json("{}")
                .send(CSRF, "no Origin, own Referer, JSON (passes)").status() != 403);
        assertTrue(admin("POST", ack).header("Origin", ALLOWED).json("{}")
                .send(CSRF, "allow-listed origin, JSON (passes)").status() != 403);
    }

    @Test
    void noJolokiaReflectsAForeignOrigin() throws Exception {
        for (String url : new String[] {f.api() + "/observe/jolokia", f.hawtio() + "/jolokia"}) {
            SecurityProbe.Answer pre = f.probe.call("OPTIONS", url).header("Origin", FOREIGN)
                    .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type")
                    .send(CORS, "preflight from another site");
            assertEquals(403, pre.status());
            assertNull(pre.header("Access-Control-Allow-Origin"));
            SecurityProbe.Answer read = admin("GET", url + "/version").header("Origin", FOREIGN)
                    .send(CORS, "credentialed read from another site");
            assertEquals(403, read.status());
            assertNull(read.header("Access-Control-Allow-Origin"));
            assertNull(read.header("Access-Control-Allow-Credentials"));
        }
        SecurityProbe.Answer listed = admin("GET", f.hawtio() + "/jolokia/version").header("Origin", ALLOWED)
                .send(CORS, "read from the allow-listed origin");
        assertEquals(200, listed.status());
        assertEquals(ALLOWED, listed.header("Access-Control-Allow-Origin"));
    }

    @Test
    void hostileBodiesGetAJsonSentenceAndChangeNothing() throws Exception {
        String before = f.issueStatus();
        String[][] unreadable = {{"not json", "not JSON at all"}, {"{\"note\":", "cut-off JSON"},
                {"[".repeat(5000) + "]".repeat(5000), "5000 nested arrays"}};
        for (String[] b : unreadable) {
            SecurityProbe.Answer a = admin("POST", ack).header("Origin", f.api()).json(b[0]).send(HOSTILE, b[1]);
            assertEquals(400, a.status(), b[1] + ": " + a.body());
            assertClean(a);
        }
        String[][] misshapen = {{"[1,2,3]", "an array"}, {"{\"hours\":\"lots\"}", "wrong type"},
                {"{\"evil\":true}", "unknown field"}, {"{\"until\":\"tomorrow\"}", "until that is not a time"}};
        for (String[] b : misshapen) {
            String url = b[1].startsWith("wrong") || b[1].startsWith("until") ? f.api() + "/api/issues/" + f.issueId
                    + "/snooze" : ack;
            SecurityProbe.Answer a = admin("POST", url).header("Origin", f.api()).json(b[0]).send(HOSTILE, b[1]);
            assertEquals(400, a.status(), b[1] + ": " + a.body());
            assertClean(a);
        }
        SecurityProbe.Answer status = admin("GET", f.api() + "/api/issues?status=PWNED").header("Origin", f.api())
                .send(HOSTILE, "unknown status filter");
        assertEquals(400, status.status(), status.body());
        assertClean(status);
        SecurityProbe.Answer id = admin("POST", f.api() + "/api/issues/1%20OR%201=1/acknowledge").header("Origin", f.api())
                .json("{}").send(HOSTILE, "id that is not a number");
        assertEquals(400, id.status(), id.body());
        assertClean(id);
        assertEquals(before, f.issueStatus(), "no hostile body changed the issue");
    }

    /** A sentence in JSON: no stack trace, class or package name, enum message. */
    private static void assertClean(SecurityProbe.Answer a) {
        String body = a.body();
        assertTrue(body.startsWith("{\"error\":"), body);
        for (String leak : new String[] {"Exception", "au.chim", "java.", "com.fasterxml", "No enum constant", "\tat "}) {
            assertFalse(body.contains(leak), "leaks '" + leak + "': " + body);
        }
    }

    @Test
    void guessesWaitTheRealUserDoesNotAndTheWaitEnds() throws Exception {
        String issues = f.api() + "/api/issues";
        for (int i = 1; i <= 3; i++) {
            assertEquals(401, f.probe.call("GET", issues).as("target").password("guess-" + i)
                    .send(THROTTLE, "wrong password " + i).status());
        }
        SecurityProbe.Answer fourth = f.probe.call("GET", issues).as("target").password("guess-4")
                .send(THROTTLE, "wrong password 4");
        assertEquals(401, fourth.status(), "the 4th guess is still checked; it starts the wait");
        SecurityProbe.Answer blocked = f.probe.call("GET", issues).as("target").send(THROTTLE, "right password, same address");
        assertEquals(429, blocked.status(), blocked.body());
        long retryAfter = Long.parseLong(blocked.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 30, "Retry-After " + retryAfter);
        SecurityProbe.Answer console = f.probe.call("POST", f.hawtio() + "/auth/login").header("Origin", f.hawtioOrigin())
                .json("{\"username\":\"target\",\"password\":\"target-pw\"}").send(THROTTLE, "Hawtio login form, same address");
        assertEquals(429, console.status(), "one throttle for both ports: " + console.body());

        int elsewhere = f.probe.getFrom("127.0.0.2", "127.0.0.1", port(), "/api/issues", "target", "target-pw", THROTTLE,
                "right password from another address");
        assertEquals(200, elsewhere, "the real user is not locked out from their own machine");

        f.clock.advance(Duration.ofSeconds(retryAfter + 1));
        assertEquals(200, f.probe.call("GET", issues).as("target").send(THROTTLE, "right password after Retry-After").status());
        assertEquals(200, f.probe.call("POST", f.hawtio() + "/auth/login").header("Origin", f.hawtioOrigin())
                .json("{\"username\":\"target\",\"password\":\"target-pw\"}").send(THROTTLE, "Hawtio login after the wait")
                .status());
    }

    private int port() {
        return java.net.URI.create(f.api()).getPort();
    }
}
