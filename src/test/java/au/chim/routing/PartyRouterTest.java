package au.chim.routing;

import static au.chim.routing.TestIssues.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.Severity;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped config/routing.yaml against the responsibility matrix (design.md section 3, domain 8.2). */
class PartyRouterTest {
    final PartyRouter router = new PartyRouter(TestIssues.shippedConfig());

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', value = {
            "PO_UNKNOWN_SUPPLIER        | po-integration     | accounts-staff",
            "PO_GST_MISMATCH            | po-integration     | accounts-staff",
            "PO_COST_CODE_UNMATCHED     | po-integration     | construction-admin",
            "PO_UNKNOWN_CONTRACT        | po-integration     | accounts-staff construction-admin",
            "PO_UPDATE_UNACKNOWLEDGED   | po-integration     | construction-admin",
            "PO_NOT_LOADED              | po-integration     | client-it accounts-staff",
            "SUP_ABN_INVALID            | supplier-details   | accounts-staff",
            "SUP_INSURANCE_EXPIRED      | supplier-details   | construction-admin",
            "CLI_CONTACT_MISSING        | client-details     | construction-admin",
            "MSG_EMAIL_BOUNCED          | failed-message     | accounts-staff",
            "MSG_FAX_FAILED             | failed-message     | construction-admin",
            "MSG_NOT_SENT               | failed-message     | client-it",
            "MSG_FAX_GATEWAY            | message-gateway    | client-it",
            "SVC_DOWN                   | environment        | client-it",
            "BACKUP_OVERDUE             | backup             | client-it",
            "DROP_FILE_STALE            | drop-file          | client-it",
            "MONITOR_SELF_ERROR         | monitor-self       | client-it",
            "SYNC_STALE                 | sync-connectivity  | client-it construction-admin",
            "SYNC_DATA_REJECTED         | sync-data          | client-it accounts-staff",
            "SYNC_CLICKHOME_ISSUE       | clickhome-software | business-contact",
            "BEJ_ERRORS                 | clickhome-software | client-it business-contact",
            "FORMAT_NEW_COLUMN          | format-change      | client-it business-contact"})
    void routesEachCodeToItsParties(String code, String category, String parties) {
        Finding f = finding(code, Category.fromId(category), Severity.ERROR);
        assertEquals(Arrays.asList(parties.split(" ")), router.partiesFor(f));
    }

    @Test
    void clickHomeProblemsReachTheBusinessContactAsASupportRequestNeverTheVendor() {
        List<Delivery> ds = router.route(finding("SYNC_CLICKHOME_ISSUE", Category.CLICKHOME_SOFTWARE, Severity.ERROR));
        assertEquals(1, ds.size());
        Delivery d = ds.get(0);
        assertEquals("business-contact@builder.example", d.email());
        assertTrue(d.supportRequest());
        assertTrue(d.reason().contains("ClickHome Support (delivered to business-contact as a support request)"), d.reason());
    }

    @Test
    void theContractsSupervisorGetsItWhenClickHomeKnowsThem() {
        Finding f = finding("SYNC_STALE", Category.SYNC_CONNECTIVITY, Severity.WARNING,
                Finding.SUPERVISOR_EMAIL, "sam.supervisor@builder.example");
        List<Delivery> ds = router.route(f);
        assertEquals(List.of("it-helpdesk@builder.example", "sam.supervisor@builder.example"),
                ds.stream().map(Delivery::email).toList());
        Delivery sam = ds.get(1);
        assertEquals("supervisors", sam.party());
        assertTrue(sam.recipient().dynamic());
        assertTrue(sam.realTime(), "supervisors get WARNING and above in real time");
        assertFalse(ds.get(0).realTime(), "client IT waits for the digest for a WARNING");
    }

    @Test
    void businessUnitRuleSendsToThatUnitsAccountsTeamAndSaysWhy() {
        Finding f = finding("PO_UNKNOWN_SUPPLIER", Category.PO_INTEGRATION, Severity.ERROR,
                Finding.BUSINESS_UNIT, "QLD Housing");
        List<Delivery> ds = router.route(f);
        assertEquals(List.of("accounts-qld-team"), ds.stream().map(Delivery::recipientId).toList());
        assertEquals("You handle PO integration errors for QLD Housing", ds.get(0).reason(),
                "the rule's name from routing.yaml, as the recipient reads it");
    }

    @Test
    void oneEmailPerRecipientEvenWhenSeveralRulesReachThem() {
        // QLD + unknown contract: accounts-qld (continue) then accounts-staff + construction-admin
        Finding f = finding("PO_UNKNOWN_CONTRACT", Category.PO_INTEGRATION, Severity.ERROR, Finding.BUSINESS_UNIT, "qld housing");
        List<Delivery> ds = router.route(f);
        assertEquals(List.of("accounts-qld-team", "accounts-team", "construction-admin-team"),
                ds.stream().map(Delivery::recipientId).toList());
        assertEquals(ds.size(), ds.stream().map(Delivery::recipientId).distinct().count());
    }

    @Test
    void dedupKeepsBothReasons() {
        // PO_CANCEL_STARTED_TASK without a supervisor: supervisors falls back to construction admin; accounts too
        List<Delivery> ds = router.route(finding("PO_CANCEL_STARTED_TASK", Category.PO_INTEGRATION, Severity.ERROR));
        assertEquals(List.of("construction-admin-team", "accounts-team"), ds.stream().map(Delivery::recipientId).toList());
        assertTrue(ds.get(0).reason().contains("no supervisors known, fallback construction-admin"), ds.get(0).reason());
    }

    @Test
    void accountsStaffGetPoSupplierAndFailedMessageErrorsInRealTimeButWarningsInTheDigest() {
        assertTrue(router.route(finding("PO_UNKNOWN_SUPPLIER", Category.PO_INTEGRATION, Severity.ERROR)).get(0).realTime());
        assertTrue(router.route(finding("MSG_EMAIL_BOUNCED", Category.FAILED_MESSAGE, Severity.ERROR)).get(0).realTime());
        assertFalse(router.route(finding("SUP_PHONE_INVALID", Category.SUPPLIER_DETAILS, Severity.WARNING)).get(0).realTime());
        assertFalse(router.route(finding("SYNC_DATA_REJECTED", Category.SYNC_DATA, Severity.ERROR)).get(1).realTime(),
                "sync-data is not one of accounts' real-time categories");
        assertTrue(router.route(finding("SYNC_DATA_REJECTED", Category.SYNC_DATA, Severity.CRITICAL)).get(1).realTime(),
                "CRITICAL always goes out at once");
    }

    @Test
    void aSupervisorAddressWithALineBreakIsNotUsed() {
        Finding f = finding("SYNC_STALE", Category.SYNC_CONNECTIVITY, Severity.WARNING,
                Finding.SUPERVISOR_EMAIL, "sam@builder.example\r\nBcc: all@evil.example");
        assertFalse(router.route(f).stream().anyMatch(d -> d.email().contains("evil")));
    }

    @Test
    void escalationsGoToTheConfiguredPartysPeople() {
        String party = router.config().escalation().party();
        assertEquals(List.of("business-contact@builder.example"),
                router.recipientsOf(party).stream().map(Recipient::email).toList());
        assertEquals(List.of("business-contact@builder.example"),
                router.recipientsOf("clickhome-support").stream().map(Recipient::email).toList());
        assertEquals(List.of("construction-admin@builder.example"),
                router.recipientsOf("supervisors").stream().map(Recipient::email).toList(), "no static supervisor: fallback");
    }

    @Test
    void explainSaysWhoAndWhy() {
        assertEquals(List.of("business-contact-person <business-contact@builder.example> as business-contact (support request),"
                        + " real time: You raise ClickHome software faults with ClickHome Support"
                        + " (delivered to business-contact as a support request)"),
                router.explain(RoutingFacts.of(finding("SYNC_CLICKHOME_ISSUE", Category.CLICKHOME_SOFTWARE, Severity.ERROR))));
    }

    @Test
    void queuedRecipientIdsResolveBackToRecipientsIncludingDynamicOnes() {
        assertEquals("accounts@builder.example", router.recipient("accounts-team").orElseThrow().email());
        Recipient sam = router.recipient("supervisors:sam@builder.example").orElseThrow();
        assertEquals("sam@builder.example", sam.email());
        assertTrue(sam.dynamic());
        assertTrue(router.recipient("client-it:x@evil.example").isEmpty(), "client-it takes no address from findings");
        assertTrue(router.recipient("nobody").isEmpty());
    }
}
