package au.chim.detect.bounce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** RFC 3464 blocks: folded values, several recipients, the failed one is the one reported. */
class DeliveryStatusTest {
    @Test
    void picksTheFailedRecipientAmongDeliveredOnes() throws Exception {
        String body = "Reporting-MTA: dns; mx.example.net\r\n\r\n"
                + "Final-Recipient: rfc822; ok@example.net\r\nAction: delivered\r\nStatus: 2.0.0\r\n\r\n"
                + "Final-Recipient: rfc822; <gone@example.net>\r\nAction: Failed\r\nStatus: 5.1.1 (user unknown)\r\n"
                + "Diagnostic-Code: smtp; 550 5.1.1\r\n  no such user\r\n";
        DeliveryStatus ds = DeliveryStatus.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII)));
        assertEquals("mx.example.net", ds.reportingMta());
        assertEquals(2, ds.recipients().size());
        DeliveryStatus.Recipient r = ds.primary();
        assertEquals("gone@example.net", r.address());
        assertEquals("failed", r.action());
        assertEquals("550 5.1.1 no such user", DeliveryStatus.typed(r.diagnosticCode()));
        assertEquals("5.1.1", SmtpStatus.find(r.status()));
    }
}
