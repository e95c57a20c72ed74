package au.chim.dashboard.jmx;

import au.chim.detect.clickhome.ClickHomeChecks;
import au.chim.digest.DigestRunner;
import au.chim.notify.Outbox;
import au.chim.dashboard.api.IssuePages;
import au.chim.register.IssueOperations;
import au.chim.routing.PartyRouter;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.apache.camel.support.service.ServiceSupport;
import org.springframework.jdbc.core.JdbcTemplate;

/** Registers the monitor's beans in the platform MBean server while Camel runs; Hawtio lists them under au.chim.monitor. */
public class MonitorMBeans extends ServiceSupport {
    static final String DOMAIN = "au.chim.monitor";

    private final Map<String, StandardMBean> beans = new LinkedHashMap<>();
    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    public MonitorMBeans(IssueOperations issues, PartyRouter router, Outbox outbox, ClickHomeChecks checks, DigestRunner digests,
                         JdbcTemplate store, Clock clock) {
        au.chim.dashboard.api.IssueParties parties = new au.chim.dashboard.api.IssueParties(router, store);
        IssuePages pages = new IssuePages(new au.chim.register.IssueStore(store), parties, new au.chim.dashboard.api.PeopleTold(store, router));
        beans.put("IssueRegister", new DescribedMBean<>(new IssueRegisterBean(issues, router, store, clock, pages), IssueRegisterMXBean.class));
        beans.put("Outbox", new DescribedMBean<>(new OutboxBean(outbox, store), OutboxMXBean.class));
        beans.put("Detectors", new DescribedMBean<>(new DetectorsBean(checks, digests), DetectorsMXBean.class));
    }

    @Override
    protected void doStart() throws Exception {
        for (var e : beans.entrySet()) {
            ObjectName name = name(e.getKey());
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
            server.registerMBean(e.getValue(), name);
        }
    }

    @Override
    protected void doStop() throws Exception {
        for (String type : beans.keySet()) {
            ObjectName name = name(type);
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
        }
    }

    static ObjectName name(String type) throws javax.management.MalformedObjectNameException {
        return new ObjectName(DOMAIN + ":type=" + type);
    }
}
