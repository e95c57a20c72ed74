package au.chim;

import au.chim.config.Settings;
import au.chim.notify.Outbox;
import au.chim.detect.clickhome.CheckStatus;
import au.chim.detect.clickhome.ClickHomeChecks;
import au.chim.notify.act.ActActions;
import au.chim.notify.act.ActPages;
import au.chim.notify.act.ActSecret;
import au.chim.notify.act.ActionSigner;
import au.chim.notify.act.HandOn;
import au.chim.notify.act.SignedActionLinks;
import au.chim.notify.act.UsedTokens;
import au.chim.notify.render.EmailRenderer;
import au.chim.notify.render.EvidenceFields;
import au.chim.notify.render.ItemLinks;
import au.chim.notify.render.ItemStyle;
import au.chim.notify.render.TemplateLoader;
import au.chim.notify.render.TimeText;
import au.chim.register.IssueOperations;
import au.chim.register.IssueStore;
import au.chim.routing.PartyRouter;
import java.time.Clock;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Wiring of the email side (beside MonitorConfiguration, which calls it): reads the settings that shape what an email item shows (evidence labels, ClickHome's zone, links) and builds the signed-link beans. */
public final class EmailWiring {
    private EmailWiring() {
    }

    /** The per-installation signer; its secret is made on first start and kept in the store. */
    public static ActionSigner signer(Settings s, JdbcTemplate jdbc, Clock clock) {
        byte[] secret;
        try {
            secret = ActSecret.loadOrCreate(jdbc, clock.instant());
        } catch (org.springframework.dao.DataAccessException e) {
            // A store that cannot be written must not stop the start (the store guard reports it, health is DOWN and IT
            // is mailed); links signed meanwhile hold until a restart, and acting on one needs the store anyway.
            org.slf4j.LoggerFactory.getLogger(EmailWiring.class).warn(
                    "action links signed with a secret for this run only: the store cannot keep one ({})", StartFailure.rootCause(e));
            secret = new byte[32];
            new java.security.SecureRandom().nextBytes(secret);
        }
        return new ActionSigner(secret, clock, s.duration("monitor.links.action-expiry", "7d"));
    }

    public static ItemStyle itemStyle(Settings s, TemplateLoader templates, ActionSigner signer) {
        ItemLinks workView = ItemLinks.workView(linkBase(s));
        return new ItemStyle(EvidenceFields.load(templates.folder(), s.integer("monitor.alerts.evidence-fields", 6, 0)),
                new TimeText(s.zone("monitor.clickhome.time-zone", s.string("monitor.time-zone", "Australia/Sydney"))),
                s.flag("monitor.links.actions-enabled", true) ? new SignedActionLinks(workView, signer, actBase(s)) : workView);
    }

    /** monitor.links.base-url, else the dashboard's own address (right for a reader on the same network). */
    public static String linkBase(Settings s) {
        return s.string("monitor.links.base-url", "http://" + s.string("monitor.dashboard.host", "127.0.0.1") + ":"
                + s.integer("monitor.dashboard.port", 8090, 0));
    }

    /** monitor.links.act-base-url, else the API port's own address, where route 62 serves /act/. */
    public static String actBase(Settings s) {
        return s.string("monitor.links.act-base-url", "http://" + s.string("camel.server.host", "127.0.0.1") + ":"
                + s.integer("camel.server.port", 8080, 0));
    }

    /** The pages of route 62; "Fixed" runs the issue's check through route 10's direct:run-clickhome-check at once. */
    public static ActPages actPages(CamelContext context, Settings s, ActionSigner signer, JdbcTemplate jdbc, TransactionTemplate tx,
                                    IssueStore issues, IssueOperations operations, PartyRouter router, EmailRenderer renderer,
                                    Outbox outbox, TemplateLoader templates, ClickHomeChecks checks, Clock clock) {
        ProducerTemplate producer = context.createProducerTemplate();
        ActActions actions = new ActActions(operations, issues, tx, checkId -> {
            if (checks.definitions().stream().noneMatch(d -> d.id().equals(checkId))) {
                return Optional.of("the check " + checkId + " is no longer configured");
            }
            producer.sendBodyAndHeader("direct:run-clickhome-check", null, ClickHomeChecks.CHECK_ID, checkId);
            return checks.status().stream().filter(c -> c.id().equals(checkId)).findFirst().map(CheckStatus::lastError);
        }, new HandOn(router, renderer, outbox, clock), clock);
        return new ActPages(signer, new UsedTokens(jdbc), issues, router, renderer, actions, templates, actBase(s), clock);
    }
}
