package au.chim.dashboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every endpoint of both ports x every role (none, viewer, admin) x its method, each sent as a same-origin page of
 * that port would send it (Origin of the port, JSON body): nobody gets in without a login, viewers only look,
 * admins act, and the action through Hawtio's JMX is recorded with the person.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SurfaceFixture.Resolver.class)
class SecurityMatrixTest {
    private static final String SECTION = "1. Every endpoint x role x method (same-origin, JSON)";
    private static final String REGISTER = "au.chim.monitor:type=IssueRegister";
    private SurfaceFixture f;

    /** One endpoint: method, URL, JSON body or null, and whether it changes something. */
    private record Endpoint(String method, String url, String body, boolean acts) {
    }

    @BeforeAll
    void start(SurfaceFixture fixture) {
        f = fixture;
    }

    private List<Endpoint> apiEndpoints() {
        String api = f.api();
        long id = f.issueId;
        List<Endpoint> e = new ArrayList<>();
        for (String path : List.of("/api/issues", "/api/issues/" + id, "/api/outbox", "/api/detectors",
                "/api/routing/explain?code=MSG_EMAIL_FAILED&category=failed-message", "/observe/health", "/observe/metrics",
                "/observe/jolokia/version", "/observe/jolokia/read/" + REGISTER + "/OpenIssues")) {
            e.add(new Endpoint("GET", api + path, null, false));
        }
        e.add(new Endpoint("POST", api + "/api/issues/" + id + "/acknowledge", "{\"note\":\"on it\"}", true));
        e.add(new Endpoint("POST", api + "/api/issues/" + id + "/snooze", "{\"hours\":2,\"reason\":\"waiting\"}", true));
        e.add(new Endpoint("POST", api + "/api/issues/" + id + "/resolve", "{\"note\":\"fixed\"}", true));
        e.add(new Endpoint("POST", api + "/api/issues/" + id + "/reopen", "{\"reason\":\"back\"}", true));
        e.add(new Endpoint("POST", api + "/api/outbox/999999/retry", null, true));
        e.add(new Endpoint("POST", api + "/api/outbox/retry-failed", null, true));
        e.add(new Endpoint("POST", api + "/api/detectors/failed-messages/run", null, true));
        e.add(new Endpoint("POST", api + "/observe/jolokia", "{\"type\":\"read\",\"mbean\":\"" + REGISTER
                + "\",\"attribute\":\"OpenIssues\"}", true));
        e.add(new Endpoint("DELETE", api + "/api/issues/" + id, null, true));
        return e;
    }

    private List<Endpoint> hawtioEndpoints() {
        String j = f.hawtio() + "/jolokia";
        return List.of(new Endpoint("GET", j + "/version", null, false),
                new Endpoint("GET", j + "/read/" + REGISTER + "/OpenIssues", null, false),
                new Endpoint("POST", j, "{\"type\":\"exec\",\"mbean\":\"" + REGISTER + "\",\"operation\":\"listOpen\","
                        + "\"arguments\":[5]}", false),
                new Endpoint("GET", j + "/exec/" + REGISTER + "/acknowledge/" + f.issueId + "/by-get", null, true),
                new Endpoint("POST", j, "{\"type\":\"exec\",\"mbean\":\"" + REGISTER + "\",\"operation\":\"acknowledge\","
                        + "\"arguments\":[" + f.issueId + ",\"through Hawtio\"]}", true));
    }

    @Test
    void everyEndpointByRole() throws Exception {
        for (String role : List.of("none", "viewer", "admin")) {
            for (Endpoint e : apiEndpoints()) {
                check(role, e, f.api());
            }
            for (Endpoint e : hawtioEndpoints()) {
                check(role, e, f.hawtioOrigin());
            }
        }
        // The admin's acknowledgement through Hawtio's Jolokia names the admin in the audit trail.
        String actor = f.monitor.store().queryForObject("SELECT TOP 1 actor FROM monitor_issue_audit WHERE issue_id = ? "
                + "AND reason = 'through Hawtio' ORDER BY id DESC", String.class, f.issueId);
        assertEquals("admin", actor);
    }

    private void check(String role, Endpoint e, String origin) throws Exception {
        SecurityProbe.Call c = f.probe.call(e.method(), e.url()).as(role).header("Origin", origin);
        if (e.body() != null) {
            c.json(e.body());
        }
        SecurityProbe.Answer a = c.send(SECTION, e.acts() ? "action" : "look");
        String what = role + " " + e.method() + " " + e.url() + " -> " + a.status() + " " + a.body();
        boolean camelJolokiaWrite = e.url().startsWith(f.api() + "/observe/jolokia") && !"GET".equals(e.method());
        boolean jolokiaGetExec = e.url().contains("/jolokia/exec/");
        switch (role) {
            case "none" -> assertTrue(a.status() == 401 || a.status() == 403 && e.url().startsWith(f.hawtio()), what);
            case "viewer" -> assertEquals(e.acts() ? 403 : 200, a.status(), what);
            default -> {
                if (camelJolokiaWrite || jolokiaGetExec || e.method().equals("DELETE")) {
                    assertTrue(Set.of(403, 404, 405).contains(a.status()), what);
                } else {
                    assertTrue(Set.of(200, 404, 409).contains(a.status()), what);
                }
            }
        }
        assertTrue(a.body() == null || !a.body().contains("Exception"), what);
    }
}
