package au.chim.dashboard.jmx;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.testsupport.ClickHomeRows;
import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.management.JMX;
import javax.management.MBeanServer;
import org.junit.jupiter.api.Test;

/** The JMX beans Hawtio shows, called the way Jolokia calls them: through the platform MBean server. */
class MonitorMBeansTest {

    @Test
    void registerCountsListsAndActsWithAnAuditTrail() throws Exception {
        try (TestMail mail = new TestMail().start(); TestMonitor monitor = TestMonitor.start(TestMonitor.defaults(mail.smtpPort()))) {
            ClickHomeRows rows = new ClickHomeRows(monitor.clickhome());
            long message = rows.failedMessage(1, rows.supplier("SPARK01", "Sparkright Electrical"), null, "Call-up", "SMTP_550", "550 user unknown");
            String fp = "MSG_EMAIL_FAILED|message:" + message;
            await().atMost(Duration.ofSeconds(20)).until(() -> monitor.status(fp) != null);
            long id = ((Number) monitor.issue(fp).get("id")).longValue();

            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            IssueRegisterMXBean register = JMX.newMXBeanProxy(server, MonitorMBeans.name("IssueRegister"), IssueRegisterMXBean.class);
            assertEquals(1, register.getOpenIssues());
            assertEquals(Map.of("failed-message", 1L), register.getOpenByCategory());
            assertEquals(Map.of("accounts-staff", 1L), register.getOpenByParty());
            List<IssueRow> open = register.list("OPEN", "accounts-staff", 10);
            assertEquals(id, open.get(0).getId());
            assertEquals("ERROR", open.get(0).getSeverity());
            assertTrue(open.get(0).getSummary().contains("Sparkright") && open.get(0).getParties().equals("accounts-staff"), open.get(0).getSummary());
            assertTrue(register.list("OPEN", "client-it", 10).isEmpty(), "filtered by party");
            // IT reading the bean in Hawtio sees what each operation and parameter means
            javax.management.MBeanInfo info = server.getMBeanInfo(MonitorMBeans.name("IssueRegister"));
            javax.management.MBeanOperationInfo ack = java.util.Arrays.stream(info.getOperations())
                    .filter(o -> o.getName().equals("acknowledge")).findFirst().orElseThrow();
            assertTrue(ack.getDescription().startsWith("Acknowledge an issue"), ack.getDescription());
            assertEquals(List.of("id", "note"), java.util.Arrays.stream(ack.getSignature()).map(p -> p.getName()).toList());
            assertTrue(ack.getSignature()[1].getDescription().contains("kept in the history"));
            Object table = server.invoke(MonitorMBeans.name("IssueRegister"), "list", new Object[] {"ALL", "", 5},
                    new String[] {"java.lang.String", "java.lang.String", "int"});
            assertTrue(table instanceof javax.management.openmbean.CompositeData[] found && found[0].get("id").equals(id),
                    "list answers structured rows, not text");

            assertTrue(register.acknowledge(id, "nobody signed in").startsWith("refused: no signed-in person"),
                    "an action nobody can be named for is refused");
            assertEquals("issue " + id + " is now ACKNOWLEDGED", as("ann", () -> register.acknowledge(id, "phoning the trade")));
            String last = register.history(id).get(register.history(id).size() - 1);
            assertTrue(last.contains("-> ACKNOWLEDGED | ann | phoning the trade"), register.history(id).toString());
            assertTrue(as("ann", () -> register.reopen(id, "x")).startsWith("refused:"),
                    "reopening an issue that is not resolved is refused, not thrown");

            OutboxMXBean outbox = JMX.newMXBeanProxy(server, MonitorMBeans.name("Outbox"), OutboxMXBean.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> outbox.getSent() == 1);
            DetectorsMXBean detectors = JMX.newMXBeanProxy(server, MonitorMBeans.name("Detectors"), DetectorsMXBean.class);
            assertTrue(detectors.getChecks().stream().anyMatch(c -> c.startsWith("failed-messages |") && c.endsWith("ok")), detectors.getChecks().toString());
            assertEquals("no check nope", as("ann", () -> detectors.runNow("nope")));
        }
    }

    /** Runs as a signed-in person, the way Hawtio runs a Jolokia request (Subject.doAs). */
    private static String as(String person, java.security.PrivilegedAction<String> action) {
        javax.security.auth.Subject subject = new javax.security.auth.Subject();
        subject.getPrincipals().add(new au.chim.dashboard.UserPrincipal(person));
        return javax.security.auth.Subject.doAs(subject, action);
    }
}
