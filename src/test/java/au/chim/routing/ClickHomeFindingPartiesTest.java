package au.chim.routing;

import static au.chim.routing.TestIssues.finding;
import static au.chim.routing.TestIssues.open;
import static org.junit.jupiter.api.Assertions.assertEquals;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.Severity;
import au.chim.register.Issue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped routing.yaml rules that send each ClickHome finding to the party that can fix it (one test per rule). */
class ClickHomeFindingPartiesTest {
    static final Instant T = Instant.parse("2026-11-24T00:00:00Z");
    final PartyRouter router = new PartyRouter(TestIssues.shippedConfig());
    final InhibitionRules inhibition = new InhibitionRules(TestIssues.shippedConfig().inhibitRules());

    @Test
    void aPoThatFailedOnClickHomesOwnFaultGoesToItAndClickHomeSupportNotAccounts() {
        assertEquals(List.of("client-it", "business-contact"),
                router.partiesFor(finding("PO_LOAD_CLICKHOME_FAULT", Category.CLICKHOME_SOFTWARE, Severity.ERROR, Finding.BUSINESS_UNIT, "QLD Housing")));
    }

    @Test
    void aFailedMessageToAClientGoesToConstructionAdminWhateverTheChannel() {
        for (String channel : List.of("email", "fax", "sms")) {
            assertEquals(List.of("construction-admin"), router.partiesFor(finding("MSG_EMAIL_FAILED", Category.FAILED_MESSAGE, Severity.ERROR,
                    Finding.ADDRESSEE, "client", Finding.CHANNEL, channel)), channel);
        }
    }

    @Test
    void aFailedMessageToStaffGoesToIt() {
        assertEquals(List.of("client-it"), router.partiesFor(finding("MSG_EMAIL_FAILED", Category.FAILED_MESSAGE, Severity.ERROR,
                Finding.ADDRESSEE, "staff", Finding.CHANNEL, "email")));
    }

    @Test
    void aFailedMessageToASupplierStaysWithAccountsAndAFailedFaxWithTheSupervisors() {
        assertEquals(List.of("accounts-staff"), router.partiesFor(finding("MSG_EMAIL_FAILED", Category.FAILED_MESSAGE, Severity.ERROR,
                Finding.ADDRESSEE, "supplier", Finding.CHANNEL, "email")));
        assertEquals(router.partiesFor(finding("MSG_FAX_FAILED", Category.FAILED_MESSAGE, Severity.ERROR)),
                router.partiesFor(finding("MSG_FAX_FAILED", Category.FAILED_MESSAGE, Severity.ERROR, Finding.ADDRESSEE, "supplier", Finding.CHANNEL, "fax")));
    }

    @Test
    void aFaxGatewayFaultIsItsNotPhoneTheTrade() {
        assertEquals(List.of("client-it"), router.partiesFor(finding("MSG_FAX_GATEWAY", Category.MESSAGE_GATEWAY, Severity.ERROR,
                Finding.ADDRESSEE, "supplier", Finding.CHANNEL, "fax")));
    }

    @Test
    void aFaxFailureNobodyCouldClassifyGoesToIt() {
        assertEquals(List.of("client-it"), router.partiesFor(finding("MSG_FAX_UNKNOWN_FAILURE", Category.FAILED_MESSAGE, Severity.ERROR,
                Finding.ADDRESSEE, "supplier", Finding.CHANNEL, "fax")));
    }

    @Test
    void aHungClickHomeServiceFoldsTheQueueBehindItLikeAStoppedOne() {
        Issue hung = open(1, "SVC_HUNG", Category.ENVIRONMENT, Severity.CRITICAL, T);
        Issue queue = open(2, "MSG_NOT_SENT", Category.ENVIRONMENT, Severity.CRITICAL, T.plusSeconds(60));
        Issue pending = open(3, "PO_NOT_LOADED", Category.ENVIRONMENT, Severity.ERROR, T.plusSeconds(60));
        Issue backlog = open(4, "BEJ_BACKLOG", Category.ENVIRONMENT, Severity.ERROR, T.plusSeconds(60));
        Issue backup = open(5, "BACKUP_OVERDUE", Category.BACKUP, Severity.ERROR, T.plusSeconds(60));
        assertEquals(Map.of(2L, hung, 3L, hung, 4L, hung), inhibition.parents(List.of(hung, queue, pending, backlog, backup)));
    }
}
