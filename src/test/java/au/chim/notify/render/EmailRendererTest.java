package au.chim.notify.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.finding.Category;
import au.chim.finding.Severity;
import au.chim.register.Issue;
import au.chim.register.IssueStatus;
import au.chim.routing.ConfigException;
import au.chim.routing.Recipient;
import au.chim.routing.TestIssues;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped templates in config/templates, fed with hostile and with large data. */
class EmailRendererTest {
    static final Instant T = Instant.parse("2026-11-23T23:00:00Z");   // Tue 24 Nov 10:00 Sydney
    static final ZoneId SYD = ZoneId.of("Australia/Sydney");
    static final String HOSTILE = "Supplier <script>alert(1)</script> & \"Co\"\r\nBcc: victim@example.com\r\n\r\n<b>x</b>";

    final TemplateLoader loader = new TemplateLoader(TestIssues.CONFIG);
    final EmailRenderer renderer = TestRenderers.shipped(new RenderSettings(3, 4, 6, 120, "ClickHome monitor"));
    final Recipient anna = TestIssues.shippedConfig().recipients().get("accounts-team");

    static Issue hostile(long id) {
        return TestIssues.issue(id, "PO_UNKNOWN_SUPPLIER", Category.PO_INTEGRATION, Severity.ERROR, IssueStatus.OPEN,
                T.minusSeconds(7200), null, HOSTILE, "=HYPERLINK(\"http://evil\")");
    }

    /** What a mail client shows for the HTML part (jmustache escapes = and ' as well as <>&"). */
    static String unescape(String html) {
        return html.replace("&#x3D;", "=").replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }

    @Test
    void allShippedTemplatesCompile() {
        loader.checkAll();
    }

    @Test
    void hostileDataCannotInjectHeadersOrMarkup() {
        ItemView v = renderer.item(hostile(1), "NEW", "You handle PO integration errors", anna, T);
        RenderedEmail e = renderer.alert(anna, List.of(v), false);
        assertFalse(e.subject().contains("\r") || e.subject().contains("\n"), e.subject());
        assertTrue(e.subject().length() <= 120);
        assertTrue(e.subject().startsWith("ERROR: Supplier <script>"), e.subject());
        assertFalse(e.html().contains("<script>"), "HTML escaped");
        assertTrue(e.html().contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"));
        assertTrue(e.text().contains("Supplier <script>alert(1)</script> & \"Co\" Bcc: victim@example.com <b>x</b>"),
                "plain text is not HTML-escaped, and the summary is one line");
    }

    @Test
    void alertSaysWhyAndCarriesEvidenceAndAction() {
        ItemView v = renderer.item(hostile(1), "NEW", "You handle PO integration errors", anna, T);
        RenderedEmail e = renderer.alert(anna, List.of(v), false);
        for (String body : List.of(e.text(), unescape(e.html()))) {
            assertTrue(body.contains("Why you get this: You handle PO integration errors"), body);
            assertFalse(body.contains("evidence row 1"), "evidence that is no labelled column stays in the dashboard");
            assertTrue(body.contains("To do: Fix it."), body);
            assertTrue(body.contains("Since Tue 24 Nov 2026 08:00 AEDT (2 h 0 min ago), seen 3 times"), body);
            assertTrue(body.contains(TestRenderers.LINK_BASE + "/hawtio/integration-issues/1"), body);
        }
        assertNull(e.attachment());
    }

    @Test
    void longListsShowTheFirstItemsAndAttachTheRestAsCsvWithFormulasDefused() throws Exception {
        List<ItemView> items = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            items.add(renderer.item(TestIssues.issue(i, "PO_GST_MISMATCH", Category.PO_INTEGRATION, Severity.ERROR,
                    IssueStatus.OPEN, T, null, "=2+5", "PO-" + i), "NEW", "r", anna, T));
        }
        RenderedEmail e = renderer.alert(anna, items, false);
        assertTrue(e.text().contains("... and 5 more, in the work view and in issues.csv."), e.text());
        assertNotNull(e.attachment());
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(e.attachment().content())).getRecords();
        assertEquals(7, rows.size(), "6 rows plus the note that the list was cut");
        assertEquals("'=2+5", rows.get(0).get("summary"), "a formula from the data stays text in Excel");
        assertEquals(TestRenderers.LINK_BASE + "/hawtio/integration-issues/1", rows.get(0).get("link"));
        assertTrue(rows.get(6).get("summary").startsWith("list cut at 6 of 8"));
    }

    @Test
    void csvCellsThatStartLikeAFormulaBecomeText() {
        assertEquals("'=1+2", CsvAttachment.safe("=1+2"));
        assertEquals("'@SUM(A1)", CsvAttachment.safe("@SUM(A1)"));
        assertEquals("CONC03", CsvAttachment.safe("CONC03"));
    }

    @Test
    void supportRequestIsReadyToForward() {
        Issue i = TestIssues.issue(7, "SYNC_CLICKHOME_ISSUE", Category.CLICKHOME_SOFTWARE, Severity.ERROR, IssueStatus.OPEN,
                T.minusSeconds(86400), null, "iPad sync rejects task updates for job 24017", "device-42");
        Recipient bc = TestIssues.shippedConfig().recipients().get("business-contact-person");
        RenderedEmail e = renderer.supportRequest(bc, renderer.item(i, "NEW", "You raise ClickHome software faults", bc, T),
                List.of("Restarted the sync service\r\nBcc: x@evil.example", "Device re-enrolled"));
        assertEquals("Ready to forward to ClickHome Support: iPad sync rejects task updates for job 24017 [ClickHome monitor]",
                e.subject());
        assertTrue(e.text().contains("What: iPad sync rejects task updates for job 24017 (PO device-42)"), e.text());
        assertTrue(e.text().contains("Since: Mon 23 Nov 2026 10:00 AEDT (1 d 0 h ago), seen 3 times"), e.text());
        assertTrue(e.text().contains("Monitor reference: issue 7"), e.text());
        assertTrue(e.text().contains("- Restarted the sync service Bcc: x@evil.example\n- Device re-enrolled"), e.text());
    }

    @Test
    void escalationAndReminderSaySo() {
        ItemView v = renderer.brief(TestIssues.open(2, "PO_GST_MISMATCH", Category.PO_INTEGRATION, Severity.ERROR, T), "r", SYD, T);
        String esc = renderer.reminder(anna, List.of(v, v), true, 3).subject();
        assertEquals("Escalation: summary of PO_GST_MISMATCH #2, and 1 more open over 3 business days [ClickHome monitor]", esc);
        assertTrue(renderer.reminder(anna, List.of(v), false, 3).subject().contains("still open, nobody has acknowledged"));
    }

    @Test
    void aMissingTemplateStopsStartupNamingTheFile(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/alert.subject.mustache"), "{{#unclosed}}");
        TemplateLoader broken = new TemplateLoader(dir);
        ConfigException e = assertThrows(ConfigException.class, broken::checkAll);
        assertTrue(e.getMessage().startsWith("templates/alert.subject.mustache: template does not compile"), e.getMessage());
        Files.writeString(dir.resolve("templates/alert.subject.mustache"), "ok");
        e = assertThrows(ConfigException.class, new TemplateLoader(dir)::checkAll);
        assertEquals("templates/alert.txt.mustache: template missing", e.getMessage());
    }
}
