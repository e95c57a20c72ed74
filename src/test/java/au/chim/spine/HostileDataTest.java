package au.chim.spine;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whatever ClickHome's rows contain, the alert stays one well-formed email to the intended recipient. */
class HostileDataTest {

    @Test
    void hostileFieldValuesNeitherBreakTheRouteNorInjectHeadersNorRunAsHtml() throws Exception {
        try (TestMail mail = new TestMail().start(); TestMonitor monitor = TestMonitor.start(TestMonitor.defaults(mail.smtpPort()))) {
            var db = monitor.clickhome();
            db.update("INSERT INTO dbo.tblSuppliers (sgSupplierCode, sgSupplierName, sgEmail, inCallupMethod) VALUES (?, ?, 'jobs@evil.example.com', 1)",
                    "EVIL01", "Evil\r\nBcc: victim@example.com\r\nX-Injected: yes <script>alert('x')</script> 配管工事 Ελληνικά");
            Integer supplier = db.queryForObject("SELECT idSupplier FROM dbo.tblSuppliers WHERE sgSupplierCode = 'EVIL01'", Integer.class);
            db.update("INSERT INTO dbo.tblMessages (inMessageType, inAudience, inMethod, fkidSupplier, sgToAddress, sgSubject, inStatus, "
                            + "dtStatusChanged, sgLastErrorCode, sgLastError) VALUES (1, 1, 1, ?, NULL, NULL, 4, GETDATE(), NULL, ?)",
                    supplier, "<img src=x onerror=alert(1)>" + "x".repeat(970));
            db.update("INSERT INTO dbo.tblMessages (inMessageType, inAudience, inMethod, inStatus) VALUES (1, 1, 1, 4)");

            await().atMost(Duration.ofSeconds(20)).until(() -> mail.receivedBy("accounts@builder.example").length == 1);
            MimeMessage alert = mail.receivedBy("accounts@builder.example")[0];
            assertEquals(1, alert.getAllRecipients().length);
            assertNull(alert.getHeader("Bcc"));
            assertNull(alert.getHeader("X-Injected"));
            assertFalse(alert.getSubject().contains("\n") || alert.getSubject().contains("\r"), alert.getSubject());

            MimeMultipart alternative = (MimeMultipart) alert.getContent();
            String text = null;
            String html = null;
            for (int i = 0; i < alternative.getCount(); i++) {
                BodyPart part = alternative.getBodyPart(i);
                if (part.isMimeType("text/html")) {
                    html = (String) part.getContent();
                } else {
                    text = (String) part.getContent();
                }
            }
            assertTrue(html.contains("&lt;script&gt;") && !html.contains("<script>"), "HTML escapes the supplier name");
            assertTrue(html.contains("&lt;img") && !html.contains("<img"), "HTML escapes the error text");
            assertTrue(text.contains("配管工事 Ελληνικά"), "non-Latin text survives");

            for (Map<String, Object> issue : monitor.store().queryForList("SELECT summary FROM monitor_issue")) {
                String summary = (String) issue.get("summary");
                assertTrue(summary.length() <= 300 && !summary.contains("\n"), summary);
            }
            assertEquals(2, monitor.store().queryForObject("SELECT COUNT(*) FROM monitor_issue WHERE category = 'failed-message'", Integer.class),
                    "the row with NULLs everywhere is still reported");
        }
    }
}
