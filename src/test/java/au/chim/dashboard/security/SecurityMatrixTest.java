package au.chim.dashboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.AfterAll;

/**
 * Every endpoint of both ports x every role (none, viewer, admin) x its method, each sent as a same-origin page of
 * that port would send it (Origin of the port, JSON body): nobody gets in without a login, viewers only look,
 * admins act, and the action through Hawtio's JMX is recorded with the person. Then the MBean operations the
 * attack used, as an admin: none runs; reads of the JVM's dangerous beans are refused by Jolokia itself
 * (jolokia-access.xml), which proves both agents loaded the policy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixTest {
    private static final String SECTION = "1. Every endpoint x role x method (same-origin, JSON)";
    private static final String DENIED = "5. Dangerous MBean operations (admin, same origin)";
    private static final String REGISTER = "au.chim.monitor:type=IssueRegister";
    private SurfaceFixture f;

    /** One endpoint: method, URL, JSON body or null, and whether it changes something. */
    private record Endpoint(String method, String url, String body, boolean acts) {
    }

    @BeforeAll
    void start() throws Exception {
        f = SurfaceFixture.start();
    }

    @AfterAll
    void stop() throws Exception {
        f.close();
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
                new Endpoint("POST", j, "{\"type\":\"exec\",\"mbean\":\"" + REGISTER + "\",\"operation\":\"list\","
                        + "\"arguments\":[\"OPEN\",\"\",5]}", false),
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

    private SecurityProbe.Answer hawtioExec(String mbean, String operation, String arguments, String tried) throws Exception {
        return f.probe.call("POST", f.hawtio() + "/jolokia").as("admin").header("Origin", f.hawtioOrigin())
                .json("{\"type\":\"exec\",\"mbean\":\"" + mbean + "\",\"operation\":\"" + operation + "\",\"arguments\":"
                        + arguments + "}").send(DENIED, tried);
    }

    @Test
    void noDangerousOperationRunsThroughHawtio() throws Exception {
        String context = "org.apache.camel:context=" + f.monitor.context().getName() + ",type=context,name=\\\""
                + f.monitor.context().getName() + "\\\"";
        String route = "org.apache.camel:context=" + f.monitor.context().getName() + ",type=routes,name=\\\"api-issues-handler\\\"";
        String[][] denied = {
            {"com.sun.management:type=DiagnosticCommand", "jvmtiAgentLoad", "[\"/tmp/libevil.so\"]", "load a native agent"},
            {"com.sun.management:type=DiagnosticCommand", "vmSystemProperties", "[]", "read system properties"},
            {"com.sun.management:type=HotSpotDiagnostic", "dumpHeap", "[\"/tmp/heap.hprof\",true]", "dump the heap"},
            {"com.sun.management:type=HotSpotDiagnostic", "setVMOption", "[\"HeapDumpPath\",\"/tmp\"]", "change a VM option"},
            {context, "sendStringBody", "[\"file:/tmp/pwned\",\"x\"]", "send a message"},
            {context, "addOrUpdateRoutesFromXml", "[\"<routes/>\"]", "add routes"},
            {context, "stop", "[]", "stop the Camel context"},
            {route, "stop", "[]", "stop a route"},
            {"java.util.logging:type=Logging", "setLoggerLevel", "[\"\",\"OFF\"]", "switch logging off"},
        };
        for (String[] d : denied) {
            SecurityProbe.Answer a = hawtioExec(d[0], d[1], d[2], d[3]);
            assertEquals(403, a.status(), d[3] + ": " + a.body());
            assertTrue(a.body().contains("is not allowed"), a.body());
        }
        assertEquals(ServiceStatus.Started, f.monitor.context().getStatus());
        assertEquals(ServiceStatus.Started, f.monitor.context().getRouteController().getRouteStatus("api-issues-handler"));
    }

    @Test
    void jolokiaItselfRefusesTheDangerousBeansOnBothPorts() throws Exception {
        SecurityProbe.Answer hawtio = f.probe.call("POST", f.hawtio() + "/jolokia").as("admin")
                .header("Origin", f.hawtioOrigin()).json("{\"type\":\"read\",\"mbean\":"
                        + "\"com.sun.management:type=HotSpotDiagnostic\",\"attribute\":\"DiagnosticOptions\"}")
                .send(DENIED, "read HotSpotDiagnostic (Hawtio's Jolokia)");
        assertTrue(hawtio.body().contains("\"status\":403"), hawtio.body());
        SecurityProbe.Answer camel = f.probe.call("GET", f.api()
                + "/observe/jolokia/read/com.sun.management:type=HotSpotDiagnostic/DiagnosticOptions").as("admin")
                .send(DENIED, "read HotSpotDiagnostic (Camel's Jolokia)");
        assertTrue(camel.body().contains("\"status\":403"), camel.body());
        SecurityProbe.Answer write = f.probe.call("POST", f.hawtio() + "/jolokia").as("admin")
                .header("Origin", f.hawtioOrigin()).json("{\"type\":\"write\",\"mbean\":\"java.lang:type=Memory\","
                        + "\"attribute\":\"Verbose\",\"value\":true}").send(DENIED, "write an attribute");
        assertEquals(403, write.status(), write.body());
    }
}
