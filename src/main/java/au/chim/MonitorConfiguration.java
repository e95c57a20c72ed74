package au.chim;

import au.chim.config.Settings;
import au.chim.detect.backup.DocumentBackupCheck;
import au.chim.detect.clickhome.CheckCatalog;
import au.chim.detect.clickhome.CheckDefinition;
import java.util.List;
import au.chim.detect.clickhome.CheckRowsMapper;
import au.chim.detect.clickhome.ClickHomeChecks;
import au.chim.detect.clickhome.ClickHomeConnectivity;
import au.chim.notify.AlertQueue;
import au.chim.notify.AlertScheduler;
import au.chim.notify.Escalations;
import au.chim.routing.EscalationPolicy;
import au.chim.notify.MailComposer;
import au.chim.notify.Outbox;
import au.chim.notify.render.EmailRenderer;
import au.chim.notify.render.RenderSettings;
import au.chim.notify.render.TemplateLoader;
import au.chim.routing.AlertPolicy;
import au.chim.routing.AlertSettings;
import au.chim.routing.BusinessCalendar;
import au.chim.routing.InhibitionRules;
import au.chim.routing.PartyRouter;
import au.chim.routing.RoutingConfig;
import au.chim.routing.RoutingConfigLoader;
import au.chim.register.FindingRegister;
import au.chim.register.IssueStore;
import au.chim.digest.DigestBuilder;
import au.chim.digest.DigestRunner;
import au.chim.register.IssueOperations;
import au.chim.dashboard.api.MonitorApi;
import au.chim.dashboard.jmx.MonitorMBeans;
import au.chim.store.Databases;
import au.chim.store.ServiceCloser;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.Map;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the monitor's beans from its settings and binds them by the names the routes use.
 * Register it as an instance ({@code addConfiguration(new MonitorConfiguration())}): registered by
 * class, camel-main runs it twice (stack-notes section 9 item 6).
 */
public class MonitorConfiguration implements CamelConfiguration {

    /** The store holds every issue and email: without it nothing may run, so a failure stops the start. */
    private static javax.sql.DataSource startStore(CamelContext context, Settings s, Registry registry) throws Exception {
        long started = System.nanoTime();
        try {
            // the guard stops handing out connections for good once the store failed (closed, full, read-only), so
            // the pool never reconnects to older data on the file
            au.chim.store.StoreGuard guard = new au.chim.store.StoreGuard(s.string("monitor.store.url"));
            HikariDataSource pool = Databases.storePool(s.string("monitor.store.url"), s.string("monitor.store.username", null),
                    s.string("monitor.store.password", null), s.integer("monitor.store.pool-size", 4, 1), guard);
            context.addService(new ServiceCloser(pool));
            javax.sql.DataSource store = guard.guard(pool);
            Databases.migrate(store);
            registry.bind("storeGuard", guard);
            LoggerFactory.getLogger(MonitorConfiguration.class).info("monitor store ready in {} ms",
                    java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return store;
        } catch (RuntimeException e) {
            throw new StartFailure("monitor store", "monitor.store.url", StartFailure.rootCause(e), e);
        }
    }

    @Override
    public void configure(CamelContext context) throws Exception {
        Settings s = new Settings(context);
        Registry registry = context.getRegistry();
        Clock clock = registry.lookupByNameAndType("clock", Clock.class);
        if (clock == null) {
            clock = Clock.systemUTC();
            registry.bind("clock", clock);
        }

        javax.sql.DataSource store = startStore(context, s, registry);
        registry.bind("storeDataSource", store);

        String clickhomeUrl = s.string("monitor.clickhome.url");
        if (s.flag("monitor.demo.enabled", false)) {
            DemoEnvironment.start(context, s, clock, clickhomeUrl);
        }
        HikariDataSource clickhome = Databases.pool("clickhome", clickhomeUrl, s.string("monitor.clickhome.username", null),
                s.string("monitor.clickhome.password", null), true, s.integer("monitor.clickhome.pool-size", 4, 1));
        context.addService(new ServiceCloser(clickhome));
        registry.bind("clickhomeDataSource", clickhome);
        registry.bind("clickhomeRowMappers", new au.chim.detect.clickhome.WallClockRowMappers());
        au.chim.detect.clickhome.ClickHomePing ping = new au.chim.detect.clickhome.ClickHomePing(clickhome,
                s.integer("monitor.detect.connectivity-timeout", 5, 1));
        context.addService(new ServiceCloser(ping));
        registry.bind("clickhomePing", ping);

        JdbcTemplate jdbc = new JdbcTemplate(store);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(store));
        IssueStore issues = new IssueStore(jdbc);
        registry.bind("issueStore", issues);
        registry.bind("findingRegister", new FindingRegister(issues, tx, clock, s.duration("monitor.register.flap-window", "30m")));

        java.time.ZoneId zone = s.zone("monitor.time-zone", "Australia/Sydney");
        Map<String, CheckRowsMapper> mappers = au.chim.detect.clickhome.ShippedRules.mappers(clock, zone);
        List<CheckDefinition> checks = CheckCatalog.load(s.path("monitor.detect.checks-file", "config/checks.yaml"),
                s.path("monitor.detect.sql-folder", "config/sql"), mappers.keySet());
        if (s.optional("monitor.detect.every-override").isPresent()) {
            java.time.Duration every = s.duration("monitor.detect.every-override", "60s");
            checks = checks.stream().map(c -> c.withEvery(every)).toList();
        }
        ClickHomeConnectivity connectivity = new ClickHomeConnectivity(clickhomeUrl.replaceAll("(?i);password=[^;]*", ""));
        registry.bind("clickhomeConnectivity", connectivity);
        // ClickHome's rows carry its server's wall clock: read in that zone, on the real clock (not a moved monitor clock)
        au.chim.detect.clickhome.ClickHomeTime clickhomeTime = new au.chim.detect.clickhome.ClickHomeTime(
                s.zone("monitor.clickhome.time-zone", zone.getId()), Clock.systemUTC());
        registry.bind("clickhomeTime", clickhomeTime);
        registry.bind("clickhomeChecks", new ClickHomeChecks(checks, mappers, clock, clickhomeTime, connectivity::isReachable,
                context::resolvePropertyPlaceholders));

        registry.bind("documentBackupCheck", new DocumentBackupCheck(s.path("monitor.detect.document-backup.folder", "work/backups/documents"),
                s.duration("monitor.detect.document-backup.max-age", "26h"), s.integer("monitor.detect.document-backup.depth", 3, 1), clock));

        Outbox outbox = new Outbox(jdbc, clock, s.duration("monitor.outbox.first-retry", "30s"), s.duration("monitor.outbox.max-retry", "30m"),
                s.integer("monitor.outbox.max-attempts", 50, 1), s.string("monitor.mail.message-id-domain", "clickhome-monitor.local"),
                Databases.syncPoint(store, s.string("monitor.store.url")));
        registry.bind("outbox", outbox);
        registry.bind("smtpOutage", new au.chim.notify.SmtpOutage(outbox, s.string("monitor.smtp.host") + ":" + s.integer("monitor.smtp.port", 25, 1),
                s.duration("monitor.smtp.outage-after", "10m"), clock));
        registry.bind("smtpProperties", smtpProperties(s));
        registry.bind("mailComposer", new MailComposer(s.string("monitor.mail.from"), clock));

        RoutingConfig routing = RoutingConfigLoader.load(s.path("monitor.routing.file", "config/routing.yaml"),
                s.path("monitor.routing.recipients-file", "config/recipients.yaml"));
        PartyRouter router = new PartyRouter(routing);
        BusinessCalendar calendar = new BusinessCalendar();
        InhibitionRules inhibition = new InhibitionRules(routing.inhibitRules());
        TemplateLoader templates = new TemplateLoader(AppHome.resolve("config"));
        au.chim.notify.act.ActionSigner signer = EmailWiring.signer(s, jdbc, clock);
        templates.checkAll();
        EmailRenderer renderer = new EmailRenderer(templates, new RenderSettings(s.integer("monitor.alerts.max-listed", 20, 1),
                s.integer("monitor.alerts.csv-threshold", 25, 0), s.integer("monitor.alerts.max-csv-rows", 10_000, 1),
                s.integer("monitor.alerts.max-subject", 150, 20), s.string("monitor.mail.product-name", "ClickHome monitor")),
                EmailWiring.itemStyle(s, templates, signer));
        registry.bind("partyRouter", router);
        registry.bind("businessCalendar", calendar);
        registry.bind("emailRenderer", renderer);
        AlertQueue alertQueue = new AlertQueue(jdbc, issues, router, inhibition, clock);
        registry.bind("alertQueue", alertQueue);
        registry.bind("handoff", new au.chim.notify.Handoff(registry.lookupByNameAndType("findingRegister", FindingRegister.class),
                alertQueue, issues, tx, clock, Databases.syncPoint(store, s.string("monitor.store.url"))));
        java.time.ZoneId builderZone = s.zone("monitor.time-zone", "Australia/Sydney");
        DigestRunner digestRunner = new DigestRunner(new DigestBuilder(router, renderer, inhibition, builderZone), router, calendar, issues, jdbc,
                outbox, clock, builderZone, java.time.LocalTime.of(s.integer("monitor.digest.hour", 7, 0), s.integer("monitor.digest.minute", 0, 0)));
        registry.bind("digestRunner", digestRunner);
        registry.bind("escalations", new Escalations(issues, router, new EscalationPolicy(routing.escalation(), calendar), renderer, outbox, jdbc,
                clock));
        IssueOperations operations = new IssueOperations(issues, tx, clock);
        registry.bind("issueOperations", operations);
        ClickHomeChecks clickhomeChecks = registry.lookupByNameAndType("clickhomeChecks", ClickHomeChecks.class);
        registry.bind("actPages", EmailWiring.actPages(context, s, signer, jdbc, tx, issues, operations, router, renderer, outbox,
                templates, clickhomeChecks, clock));
        registry.bind("monitorApi", new MonitorApi(operations, router, outbox, clickhomeChecks, jdbc, clock));
        registry.bind("issueViewApi", au.chim.dashboard.api.WorkViewApis.create(operations, issues, router, inhibition, tx, clock,
                user -> java.util.Optional.ofNullable(registry.lookupByNameAndType("dashboardUsers", au.chim.dashboard.UserStore.class))
                        .map(u -> u.partiesOf(user)).orElse(java.util.List.of())));
        context.addService(new MonitorMBeans(operations, router, outbox, clickhomeChecks, digestRunner, jdbc, clock));
        registry.bind("jsonMapper", com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build());
        registry.bind("alertScheduler", new AlertScheduler(jdbc, tx, issues, router,
                new AlertPolicy(new AlertSettings(s.duration("monitor.alerts.group-wait", "30s"), s.duration("monitor.alerts.group-interval", "5m")),
                        calendar),
                renderer, outbox, clock));
    }

    /** JavaMail settings the endpoint URI cannot carry: TLS and read timeouts. */
    private static java.util.Properties smtpProperties(Settings s) {
        java.util.Properties p = new java.util.Properties();
        String timeout = String.valueOf(s.integer("monitor.smtp.timeout-ms", 10_000, 100));
        boolean starttls = s.flag("monitor.smtp.starttls", false);
        p.setProperty("mail.smtp.starttls.enable", String.valueOf(starttls));
        p.setProperty("mail.smtp.starttls.required", String.valueOf(starttls));
        p.setProperty("mail.smtp.timeout", timeout);
        p.setProperty("mail.smtp.writetimeout", timeout);
        p.setProperty("mail.smtps.timeout", timeout);
        p.setProperty("mail.smtp.auth", String.valueOf(s.optional("monitor.smtp.username").isPresent()));
        return p;
    }
}
