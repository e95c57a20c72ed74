package au.chim.dashboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The MBean operations the attack used, sent as an admin through both Jolokias: none runs. Reads of the JVM's
 * dangerous beans are refused by Jolokia itself (jolokia-access.xml), which proves both agents loaded the policy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SurfaceFixture.Resolver.class)
class DeniedOperationsTest {
    private static final String SECTION = "5. Dangerous MBean operations (admin, same origin)";
    private SurfaceFixture f;

    @BeforeAll
    void start(SurfaceFixture fixture) {
        f = fixture;
    }

    private SecurityProbe.Answer hawtioExec(String mbean, String operation, String arguments, String tried) throws Exception {
        return f.probe.call("POST", f.hawtio() + "/jolokia").as("admin").header("Origin", f.hawtioOrigin())
                .json("{\"type\":\"exec\",\"mbean\":\"" + mbean + "\",\"operation\":\"" + operation + "\",\"arguments\":"
                        + arguments + "}").send(SECTION, tried);
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
                .send(SECTION, "read HotSpotDiagnostic (Hawtio's Jolokia)");
        assertTrue(hawtio.body().contains("\"status\":403"), hawtio.body());
        SecurityProbe.Answer camel = f.probe.call("GET", f.api()
                + "/observe/jolokia/read/com.sun.management:type=HotSpotDiagnostic/DiagnosticOptions").as("admin")
                .send(SECTION, "read HotSpotDiagnostic (Camel's Jolokia)");
        assertTrue(camel.body().contains("\"status\":403"), camel.body());
        SecurityProbe.Answer write = f.probe.call("POST", f.hawtio() + "/jolokia").as("admin")
                .header("Origin", f.hawtioOrigin()).json("{\"type\":\"write\",\"mbean\":\"java.lang:type=Memory\","
                        + "\"attribute\":\"Verbose\",\"value\":true}").send(SECTION, "write an attribute");
        assertEquals(403, write.status(), write.body());
    }
}
