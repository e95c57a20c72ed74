package au.chim.detect.clickhome;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Client master-data checks on real ClickHome rows. */
class ClientChecksTest extends CheckTestBase {
    private int client(String debtor, String name, String email, String mobile, String state, String postcode, int contractStatus, String contractNo) {
        db.update("INSERT INTO dbo.tblClients (sgClientName, sgDebtorCode, sgEmail, sgMobile, sgPostalState, sgPostalPostcode) VALUES (?, ?, ?, ?, ?, ?)",
                name, debtor, email, mobile, state, postcode);
        int id = db.queryForObject("SELECT MAX(idClient) FROM dbo.tblClients", Integer.class);
        db.update("INSERT INTO dbo.tblContracts (sgContractNo, inJobType, inContractStatus, fkidClient) VALUES (?, 4, ?, ?)",
                contractNo, contractStatus, id);
        return id;
    }

    @Test
    void clientWithoutAnyWayToReachThemIsReportedUntilAnEmailIsEntered() {
        client("CD-NONE", "Nguyen Family", null, null, null, null, 1, "33001");
        int noDebtor = client(null, "On Hold Client", "", "12345", null, null, 4, "33002");
        assertIssue(awaitOpen("CLI_CONTACT_MISSING|client:CD-NONE"), "WARNING", "client-details",
                "Client CD-NONE (Nguyen Family): no usable email or mobile, so client messages cannot be sent");
        awaitOpen("CLI_CONTACT_MISSING|client:id " + noDebtor);
        assertIssue(awaitOpen("CLI_PHONE_INVALID|client:id " + noDebtor + "|mobile"), "WARNING", "client-details",
                "mobile '12345' is not an Australian mobile");

        db.update("UPDATE dbo.tblClients SET sgEmail = 'nguyen.family@example.com' WHERE sgDebtorCode = 'CD-NONE'");
        awaitResolved("CLI_CONTACT_MISSING|client:CD-NONE");
    }

    @Test
    void invalidEmailAndImpossibleAddressWithAHostileName() {
        client("CD-BAD", HOSTILE, "not-an-email@", "0491 570 156", "QLD", "2000", 1, "33003");
        Map<String, Object> email = awaitOpen("CLI_EMAIL_INVALID|client:CD-BAD|email");
        assertIssue(email, "WARNING", "client-details", "email 'not-an-email@' is not a valid address");
        assertOneLineHostile(email);
        assertIssue(awaitOpen("CLI_ADDRESS_INVALID|client:CD-BAD"), "WARNING", "client-details", "state 'QLD' and postcode '2000' do not match");
        assertNotRaised("client-details", "CLI_CONTACT_MISSING|client:CD-BAD");
    }

    @Test
    void cleanClientAndClientsOfClosedJobsRaiseNothing() {
        client("CD-OK", "Clean Client", "clean@example.com", null, "WA", "6000", 1, "33004");
        client("CD-CLOSED", "Closed Job Client", null, null, "XX", "1", 3, "33005");
        client("CD-GONE", "Inactive Client", null, null, null, null, 1, "33006");
        db.update("UPDATE dbo.tblClients SET bActive = 0 WHERE sgDebtorCode = 'CD-GONE'");
        assertNothingOpenFor("client-details", "client:CD-OK", "client:CD-CLOSED", "client:CD-GONE");
    }
}
