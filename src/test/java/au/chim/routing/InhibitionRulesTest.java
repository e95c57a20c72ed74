package au.chim.routing;

import static au.chim.routing.TestIssues.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.finding.Category;
import au.chim.finding.Severity;
import au.chim.register.Issue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The inhibit rules of the shipped routing.yaml. */
class InhibitionRulesTest {
    static final Instant T = Instant.parse("2026-11-24T00:00:00Z");
    final InhibitionRules rules = new InhibitionRules(TestIssues.shippedConfig().inhibitRules());

    @Test
    void databaseOutageFoldsThePerRowFindingsItExplains() {
        Issue db = open(1, "CLICKHOME_DB_UNREACHABLE", Category.ENVIRONMENT, Severity.CRITICAL, T);
        Issue po = open(2, "PO_UNKNOWN_SUPPLIER", Category.PO_INTEGRATION, Severity.ERROR, T.plusSeconds(60));
        Issue sup = open(3, "SUP_ABN_INVALID", Category.SUPPLIER_DETAILS, Severity.ERROR, T.plusSeconds(60));
        Issue backup = open(4, "BACKUP_OVERDUE", Category.BACKUP, Severity.ERROR, T.plusSeconds(60));
        Map<Long, Issue> parents = rules.parents(List.of(db, po, sup, backup));
        assertEquals(Map.of(2L, db, 3L, db), parents, "backups are not explained by the database being unreachable");
        assertEquals(Map.of(1L, List.of(po, sup)), rules.children(List.of(db, po, sup, backup)));
    }

    @Test
    void gatewayAndServiceOutagesFoldOnlyTheirOwnTargets() {
        Issue svc = open(1, "SVC_DOWN", Category.ENVIRONMENT, Severity.CRITICAL, T);
        Issue notSent = open(2, "MSG_NOT_SENT", Category.FAILED_MESSAGE, Severity.ERROR, T);
        Issue fax = open(3, "MSG_FAX_GATEWAY", Category.MESSAGE_GATEWAY, Severity.ERROR, T);
        Issue faxFailed = open(4, "MSG_FAX_FAILED", Category.FAILED_MESSAGE, Severity.ERROR, T);
        Issue bounce = open(5, "MSG_EMAIL_BOUNCED", Category.FAILED_MESSAGE, Severity.ERROR, T);
        Map<Long, Issue> parents = rules.parents(List.of(svc, notSent, fax, faxFailed, bounce));
        assertEquals(Map.of(2L, svc, 4L, fax), parents, "a bounce is folded only while the SMTP relay is failing");
        Issue smtp = open(6, "SMTP_RELAY_FAILING", Category.MESSAGE_GATEWAY, Severity.ERROR, T);
        assertEquals(smtp, rules.parentOf(bounce, List.of(smtp, bounce)).orElseThrow());
    }

    @Test
    void nothingIsFoldedUnderAResolvedParent() {
        Issue db = TestIssues.resolved(1, "CLICKHOME_DB_UNREACHABLE", Category.ENVIRONMENT, T, T.plusSeconds(600));
        Issue po = open(2, "PO_UNKNOWN_SUPPLIER", Category.PO_INTEGRATION, Severity.ERROR, T.plusSeconds(60));
        assertTrue(rules.parents(List.of(db, po)).isEmpty());
    }

    @Test
    void equalLimitsFoldingToTheSameBusinessUnit() {
        InhibitRule r = new InhibitRule("inhibit[0]", java.util.Set.of("BU_FEED_DOWN"), java.util.Set.of(),
                java.util.Set.of(Category.PO_INTEGRATION), List.of("businessUnit"));
        InhibitionRules byUnit = new InhibitionRules(List.of(r));
        Issue feed = open(1, "BU_FEED_DOWN", Category.DROP_FILE, Severity.ERROR, T, "businessUnit", "QLD Housing");
        Issue qld = open(2, "PO_TOTAL_MISMATCH", Category.PO_INTEGRATION, Severity.ERROR, T, "businessUnit", "qld housing");
        Issue nsw = open(3, "PO_TOTAL_MISMATCH", Category.PO_INTEGRATION, Severity.ERROR, T, "businessUnit", "NSW Homes");
        assertEquals(Map.of(2L, feed), byUnit.parents(List.of(feed, qld, nsw)));
    }
}
