package au.chim.dashboard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {
    private static final DashboardUser ADMIN = new DashboardUser("a", Set.of(Role.ADMIN));
    private static final DashboardUser VIEWER = new DashboardUser("v", Set.of(Role.VIEWER));
    private final AccessPolicy policy = AccessPolicy.defaults();

    @Test
    void adminMayActOnTheApiButCamelsJolokiaOnlyReads() {
        assertTrue(policy.allows(ADMIN, "DELETE", "/api/issues/7", null));
        assertTrue(policy.allows(ADMIN, "GET", "/observe/jolokia/read/java.lang:type=Memory", null));
        assertFalse(policy.allows(ADMIN, "POST", "/observe/jolokia", null));
        assertFalse(policy.allows(ADMIN, "GET", "/observe/jolokia/exec/java.lang:type=Memory/gc", null));
    }

    @Test
    void viewerMayOnlyReadTheApiAndObserve() {
        assertTrue(policy.allows(VIEWER, "GET", "/api/issues", null));
        assertTrue(policy.allows(VIEWER, "HEAD", "/observe/health", null));
        assertFalse(policy.allows(VIEWER, "POST", "/api/issues/7/ack", null));
        assertFalse(policy.allows(VIEWER, "PUT", "/api/issues/7", null));
        assertFalse(policy.allows(VIEWER, "PATCH", "/api/issues/7", null));
    }

    @Test
    void viewerMayOnlyReadThroughJolokiaGet() {
        assertTrue(policy.allows(VIEWER, "GET", "/observe/jolokia", null));
        assertTrue(policy.allows(VIEWER, "GET", "/observe/jolokia/version", null));
        assertTrue(policy.allows(VIEWER, "GET", "/observe/jolokia/read/java.lang:type=Memory", null));
        assertTrue(policy.allows(VIEWER, "GET", "/observe/jolokia/search/org.apache.camel:*", null));
        assertFalse(policy.allows(VIEWER, "GET", "/observe/jolokia/exec/java.lang:type=Memory/gc", null));
        assertFalse(policy.allows(VIEWER, "GET", "/observe/jolokia/write/x:type=y/A/1", null));
        assertFalse(policy.allows(VIEWER, "GET", "/observe/jolokia/", "/exec/java.lang:type=Memory/gc"));
        assertTrue(policy.allows(VIEWER, "GET", "/observe/jolokia/", "read/java.lang:type=Memory"));
        assertFalse(policy.allows(VIEWER, "POST", "/observe/jolokia", null));
    }

    @Test
    void onlyConfiguredPathsAreOpenAndOnlyForReads() {
        AccessPolicy withHealth = new AccessPolicy("/observe/jolokia", List.of("/observe/health"));
        assertTrue(withHealth.isOpen("GET", "/observe/health"));
        assertTrue(withHealth.isOpen("GET", "/observe/health/"));
        assertFalse(withHealth.isOpen("POST", "/observe/health"));
        assertFalse(withHealth.isOpen("GET", "/observe/health/extra"));
        assertFalse(withHealth.isOpen("GET", "/observe/jolokia"));
        assertFalse(policy.isOpen("GET", "/observe/health"));
    }

    @Test
    void jolokiaPostBodiesForViewers() {
        assertTrue(post("{\"type\":\"read\",\"mbean\":\"java.lang:type=Memory\"}"));
        assertTrue(post("[{\"type\":\"search\",\"mbean\":\"*:*\"},{\"type\":\"exec\",\"mbean\":\"m:type=x\","
                + "\"operation\":\"dumpRoutesStatsAsXml(boolean,boolean)\"}]"));
        assertTrue(post("{\"type\":\"exec\",\"operation\":\"getRouteId\"}"));
        assertFalse(post("[{\"type\":\"read\"},{\"type\":\"exec\",\"operation\":\"stop()\"}]"));
        assertFalse(post("{\"type\":\"exec\",\"operation\":\"dumpHeap(java.lang.String,boolean)\"}"));
        assertFalse(post("{\"type\":\"exec\",\"operation\":\"isolate\"}"), "prefix must end at a word boundary");
        assertFalse(post("{\"type\":\"write\",\"attribute\":\"X\",\"value\":1}"));
        assertFalse(post("{\"type\":\"notification\",\"command\":\"register\"}"));
        assertFalse(post("[]"));
        assertFalse(post("not json"));
    }

    private static boolean post(String json) {
        return JolokiaAccess.defaults().refusePost(false, json.getBytes(StandardCharsets.UTF_8)) == null;
    }

    private static String adminPost(JolokiaAccess access, String mbean, String operation) {
        return access.refusePost(true, ("{\"type\":\"exec\",\"mbean\":\"" + mbean + "\",\"operation\":\""
                + operation + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void adminsRunTheMonitorsOperationsAndReportsButNotCamelChangesUnlessListed() {
        JolokiaAccess access = JolokiaAccess.defaults();
        assertNull(adminPost(access, "au.chim.monitor:type=IssueRegister", "acknowledge(long,java.lang.String)"));
        assertNull(adminPost(access, "org.apache.camel:context=c,type=context,name=\\\"c\\\"", "dumpRoutesAsXml()"));
        String route = "org.apache.camel:context=c,type=routes,name=\\\"tick\\\"";
        for (String[] denied : new String[][] {{"org.apache.camel:context=c,type=context,name=\\\"c\\\"", "sendStringBody"},
                {"org.apache.camel:context=c,type=context,name=\\\"c\\\"", "addOrUpdateRoutesFromXml"},
                {route, "stop()"}, {"java.lang:type=Memory", "gc()"},
                {"com.sun.management:type=DiagnosticCommand", "jvmtiAgentLoad"}}) {
            assertTrue(adminPost(access, denied[0], denied[1]).contains("is not allowed"), denied[1]);
        }
        JolokiaAccess withStop = new JolokiaAccess(List.of(JolokiaAccess.AllowedOperation.parse(
                "org.apache.camel:type=routes,*#stop")));
        assertNull(adminPost(withStop, route, "stop()"));
        assertNotNull(adminPost(withStop, route, "remove()"));
        assertThrows(DashboardConfigException.class, () -> JolokiaAccess.AllowedOperation.parse("no-operation"));
    }

    @Test
    void basicHeaderParsing() {
        String token = Base64.getEncoder().encodeToString("ann:p:w".getBytes(StandardCharsets.UTF_8));
        BasicCredentials c = BasicCredentials.parse("basic " + token).orElseThrow();
        assertEquals("ann", c.user());
        assertArrayEquals("p:w".toCharArray(), c.password());
        assertTrue(BasicCredentials.parse(null).isEmpty());
        assertTrue(BasicCredentials.parse("Bearer abc").isEmpty());
        assertTrue(BasicCredentials.parse("Basic %%%").isEmpty());
        assertTrue(BasicCredentials.parse("Basic " + Base64.getEncoder().encodeToString(":pw".getBytes())).isEmpty());
    }

    @Test
    void signedEmailLinksNeedNoLoginButNothingElseOpensWithThem() {
        assertTrue(policy.isOpen("GET", "/act/abc.def"), "the confirmation page of a signed link");
        assertTrue(policy.isOpen("POST", "/act/abc.def"), "its form: the signature and the form token protect it");
        assertFalse(policy.isOpen("PUT", "/act/abc.def"));
        assertFalse(policy.isOpen("DELETE", "/act/abc.def"));
        assertFalse(policy.isOpen("POST", "/api/issues/7/acknowledge"));
        assertFalse(policy.isOpen("GET", "/act"), "only links under /act/");
    }
}
