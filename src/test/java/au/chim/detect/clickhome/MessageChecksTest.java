package au.chim.detect.clickhome;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Outbound message checks on real rows: failed messages (and their per-supplier grouping), stuck queue, endless retries. */
class MessageChecksTest extends CheckTestBase {

    @Test
    void eachMethodGetsItsOwnCodeAndResendResolves() {
        int supplier = rows.supplier("FM-1", "Sparkright Electrical");
        long email = rows.failedMessage(1, supplier, null, "Call-up", "SMTP_550", "550 5.1.1 user unknown");
        long sms = rows.failedMessage(3, supplier, null, "Call-up", "SMS_REJECTED", "Number barred");
        long jobfile = rows.failedMessage(4, null, null, "Call-up", null, "JobFile API 503");
        Map<String, Object> issue = awaitOpen("MSG_EMAIL_FAILED|message:" + email);
        assertIssue(issue, "ERROR", "failed-message", "Email to Sparkright Electrical failed: 550 5.1.1 user unknown");
        assertIssue(awaitOpen("MSG_SMS_FAILED|message:" + sms), "ERROR", "failed-message", "SMS to Sparkright Electrical failed: Number barred");
        assertIssue(awaitOpen("MSG_JOBFILE_FAILED|message:" + jobfile), "ERROR", "failed-message",
                "JobFile message to unknown recipient failed: JobFile API 503");

        rows.setMessageStatus(email, 3);
        awaitResolved("MSG_EMAIL_FAILED|message:" + email);
    }

    @Test
    void everyFaxFailureIsClassifiedAndTheAddresseeTypeGoesToRouting() {
        int supplier = rows.supplier("FM-GW", "Gateway Test Plumbing");
        long device = rows.failedMessage(2, supplier, null, "Call-up", "FAX_DEVICE_ERROR", "Fax device error on line 1");
        long noLine = rows.failedMessage(2, supplier, null, "Call-up", null, "No line available to send the fax");
        long unknown = rows.failedMessage(2, supplier, null, "Call-up", "FAX_E42", "Error 42");
        long badNumber = rows.failedMessage(2, supplier, null, "Call-up", "FAX_NOT_IN_SERVICE", "Number not in service");
        db.update("INSERT INTO dbo.tblMessages (inMessageType, inAudience, inMethod, sgToAddress, inStatus, dtStatusChanged, sgLastErrorCode, sgLastError) "
                + "VALUES (6, 3, 1, 'homeowner@client.example', 4, GETDATE(), 'SMTP_550', '550 mailbox unavailable')");
        long toClient = db.queryForObject("SELECT MAX(idMessage) FROM dbo.tblMessages", Long.class);

        for (long gateway : new long[] {device, noLine}) {
            Map<String, Object> issue = awaitOpen("MSG_FAX_GATEWAY|message:" + gateway);
            assertIssue(issue, "ERROR", "message-gateway", "Fax to Gateway Test Plumbing failed:");
            assertTrue(((String) issue.get("suggested_action")).contains("GFI FaxMaker"), (String) issue.get("suggested_action"));
        }
        Map<String, Object> unclassified = awaitOpen("MSG_FAX_UNKNOWN_FAILURE|message:" + unknown);
        assertTrue(((String) unclassified.get("suggested_action")).contains("does not know"), (String) unclassified.get("suggested_action"));
        awaitOpen("MSG_FAX_BAD_NUMBER|message:" + badNumber);
        Map<String, Object> client = awaitOpen("MSG_EMAIL_FAILED|message:" + toClient);
        assertTrue(((String) client.get("context_json")).contains("\"addressee\":\"client\""), (String) client.get("context_json"));
        assertTrue(((String) client.get("context_json")).contains("\"channel\":\"email\""), (String) client.get("context_json"));
        assertNotRaised("failed-messages", "MSG_FAX_FAILED|message:" + device, "MSG_FAX_FAILED|message:" + noLine,
                "MSG_FAX_FAILED|message:" + unknown, "MSG_SUPPLIER_REPEATED_FAILURES|supplier:FM-GW");
    }

    @Test
    void messageWithNoRecipientNoReasonOrAHostileReasonStillReadsAsOneLine() {
        db.update("INSERT INTO dbo.tblMessages (inMessageType, inAudience, inMethod, inStatus, dtStatusChanged) VALUES (7, 2, 1, 4, GETDATE())");
        long bare = db.queryForObject("SELECT MAX(idMessage) FROM dbo.tblMessages", Long.class);
        long hostile = rows.failedMessage(2, null, null, "Call-up", "FAX_BUSY", HOSTILE);
        assertIssue(awaitOpen("MSG_EMAIL_FAILED|message:" + bare), "ERROR", "failed-message", "Email to unknown recipient failed: no reason recorded");
        Map<String, Object> issue = awaitOpen("MSG_FAX_FAILED|message:" + hostile);
        assertIssue(issue, "ERROR", "failed-message", "Fax to +61255509876 failed:");
        assertOneLineHostile(issue);
    }

    @Test
    void deliveredAndCancelledMessagesAreNotFailures() {
        long delivered = rows.failedMessage(1, null, null, "Call-up", "SMTP_421", "try later");
        long cancelled = rows.failedMessage(1, null, null, "Call-up", "SMTP_421", "try later");
        rows.setMessageStatus(delivered, 3);
        rows.setMessageStatus(cancelled, 6);
        assertNotRaised("failed-messages", "MSG_EMAIL_FAILED|message:" + delivered, "MSG_EMAIL_FAILED|message:" + cancelled);
    }

    @Test
    void threeFailuresForOneSupplierBecomeOneSupplierIssue() {
        int grouped = rows.supplier("FM-GRP", "Harbourside Plumbing");
        int below = rows.supplier("FM-TWO", "Two Failures Tiling");
        long first = rows.failedMessage(2, grouped, null, "Call-up 1", "FAX_BUSY", "Busy");
        long second = rows.failedMessage(2, grouped, null, "Call-up 2", "FAX_BUSY", "Busy");
        long third = rows.failedMessage(1, grouped, null, "Call-up 3", "SMTP_550", "Mailbox full");
        long otherA = rows.failedMessage(1, below, null, "Call-up", "SMTP_550", "Mailbox full");
        long otherB = rows.failedMessage(1, below, null, "Call-up", "SMTP_550", "Mailbox full");

        Map<String, Object> issue = awaitOpen("MSG_SUPPLIER_REPEATED_FAILURES|supplier:FM-GRP");
        assertIssue(issue, "ERROR", "failed-message", "3 messages to Harbourside Plumbing (FM-GRP) have failed; latest: Mailbox full");
        assertTrue(((String) issue.get("detail")).contains(first + ", " + second + ", " + third), (String) issue.get("detail"));
        awaitOpen("MSG_EMAIL_FAILED|message:" + otherA);
        awaitOpen("MSG_EMAIL_FAILED|message:" + otherB);
        assertNotRaised("failed-messages", "MSG_SUPPLIER_REPEATED_FAILURES|supplier:FM-TWO", "MSG_FAX_FAILED|message:" + first,
                "MSG_FAX_FAILED|message:" + second, "MSG_EMAIL_FAILED|message:" + third);

        // Below the threshold again: the supplier issue resolves and the remaining failures stand on their own.
        rows.setMessageStatus(third, 3);
        awaitResolved("MSG_SUPPLIER_REPEATED_FAILURES|supplier:FM-GRP");
        awaitOpen("MSG_FAX_FAILED|message:" + first);
        awaitOpen("MSG_FAX_FAILED|message:" + second);

        rows.setMessageStatus(first, 3);
        rows.setMessageStatus(second, 6);
        awaitResolved("MSG_FAX_FAILED|message:" + first);
        awaitResolved("MSG_FAX_FAILED|message:" + second);
    }

    private long queued(int method, int status, int queuedMinutesAgo, String nextAttemptSql) {
        db.update("INSERT INTO dbo.tblMessages (inMessageType, inAudience, inMethod, sgToAddress, inStatus, inAttemptCount, dtQueued, dtNextAttempt) "
                + "VALUES (1, 1, ?, 'jobs@trade.example.com.au', ?, 1, DATEADD(minute, -1 * ?, GETDATE()), " + nextAttemptSql + ")",
                method, status, queuedMinutesAgo);
        return db.queryForObject("SELECT MAX(idMessage) FROM dbo.tblMessages", Long.class);
    }

    @Test
    void messagesStuckPastThirtyMinutesAreOneCriticalIssuePerCauseListingEachMessage() {
        String queue = "MSG_NOT_SENT|message-queue:ClickHome outbound queue";
        String faxGateway = "MSG_NOT_SENT|message-queue:Fax gateway";
        long young = queued(1, 0, 28, "NULL");
        long held = queued(1, 7, 300, "NULL");
        long retryLater = queued(1, 5, 300, "DATEADD(minute, 10, GETDATE())");
        assertNotRaised("messages-not-sent", queue, faxGateway);

        long stuck = queued(2, 1, 32, "NULL");
        long retryDue = queued(1, 5, 45, "DATEADD(minute, -5, GETDATE())");
        Map<String, Object> waiting = awaitOpen(queue);
        assertIssue(waiting, "CRITICAL", "environment", "1 message(s) not sent, oldest queued 45 minutes ago (1 email, 0 fax), waiting for the ClickHome Windows Service");
        assertTrue(((String) waiting.get("detail")).matches("(?s).*Messages: #" + retryDue + " to jobs@trade.example.com.au \\(4[567] min\\)\\..*"),
                (String) waiting.get("detail"));
        Map<String, Object> sending = awaitOpen(faxGateway);
        assertIssue(sending, "CRITICAL", "environment", "1 message(s) not sent, oldest queued 32 minutes ago (0 email, 1 fax), handed to the GFI FaxMaker and still sending");
        assertTrue(((String) sending.get("detail")).contains("#" + stuck + " to "), (String) sending.get("detail"));
        assertTrue(((String) sending.get("suggested_action")).contains("GFI FaxMaker"), (String) sending.get("suggested_action"));

        for (long id : new long[] {young, held, retryLater, stuck, retryDue}) {
            rows.setMessageStatus(id, 3);
        }
        awaitResolved(queue);
        awaitResolved(faxGateway);
    }

    @Test
    void aMessageStatusClickHomeDoesNotDocumentIsReportedAsUnknownNotGuessed() {
        String fp = "MSG_STATUS_UNKNOWN|message-queue:ClickHome message status 9";
        long odd = queued(1, 9, 3, "NULL");
        Map<String, Object> issue = awaitOpen(fp);
        assertIssue(issue, "WARNING", "environment", "in status 9, which the monitor does not know");
        assertTrue(((String) issue.get("detail")).contains("#" + odd + " to "), (String) issue.get("detail"));
        rows.setMessageStatus(odd, 3);
        awaitResolved(fp);
    }

    @Test
    void retriesExhaustedFromTheFifthAttempt() {
        int supplier = rows.supplier("FM-RTY", "Busy Line Roofing");
        db.update("INSERT INTO dbo.tblMessages (inMessageType, inAudience, inMethod, fkidSupplier, sgFaxNumber, inStatus, inAttemptCount, "
                + "dtNextAttempt, sgLastErrorCode, sgLastError) VALUES (1, 1, 2, ?, '0255509876', 5, 5, DATEADD(minute, 10, GETDATE()), 'FAX_BUSY', ?)",
                supplier, HOSTILE);
        long fifth = db.queryForObject("SELECT MAX(idMessage) FROM dbo.tblMessages", Long.class);
        db.update("INSERT INTO dbo.tblMessages (inMessageType, inAudience, inMethod, sgFaxNumber, inStatus, inAttemptCount, dtNextAttempt) "
                + "VALUES (1, 1, 2, '0255509877', 5, 4, DATEADD(minute, 10, GETDATE()))");
        long fourth = db.queryForObject("SELECT MAX(idMessage) FROM dbo.tblMessages", Long.class);

        Map<String, Object> issue = awaitOpen("MSG_RETRIES_EXHAUSTED|message:" + fifth);
        assertIssue(issue, "WARNING", "failed-message", "Fax to Busy Line Roofing still not delivered after 5 attempts:");
        assertOneLineHostile(issue);
        assertNotRaised("messages-retries-exhausted", "MSG_RETRIES_EXHAUSTED|message:" + fourth);

        rows.setMessageStatus(fifth, 3);
        rows.setMessageStatus(fourth, 3);
        awaitResolved("MSG_RETRIES_EXHAUSTED|message:" + fifth);
    }
}
