package au.chim.notify.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import au.chim.routing.Recipient;
import au.chim.routing.TestIssues;
import org.junit.jupiter.api.Test;

/** The slips the demo's emails showed (issue 14), as ClickHome data produces them, and how they read now. */
class TidyTest {
    @Test
    void emptyColumnsLeaveNoSlips() {
        assertEquals("Call-up: 24111 for job to Harbourside", Tidy.text("Call-up Call-up: 24111 for job  to Harbourside"));
        assertEquals("Rejected by accounting status", Tidy.text("Rejected by accounting status ;"));
        assertEquals("3 items rejected.", Tidy.text("3 items rejected ."));
        assertEquals("Supplier CONC03 failed", Tidy.text("Supplier CONC03 () failed"));
        assertEquals("PO 24017/013 did not load", Tidy.text("PO 24017/013 did not load"), "good text stays as it is");
        assertEquals(null, Tidy.text("  "));
    }

    @Test
    void peopleAreGreetedByNameNeverByAddress() {
        var defaults = TestIssues.shippedConfig().defaults();
        assertEquals("Mick Kelly", EmailRenderer.greetingName(new Recipient("supervisors:mick.kelly@builder.example", "mick.kelly@builder.example",
                "mick.kelly@builder.example", defaults.schedule(), null, true, true)));
        assertEquals("there", EmailRenderer.greetingName(new Recipient("supervisors:site7@builder.example", "site7@builder.example",
                "site7@builder.example", defaults.schedule(), null, true, true)));
        assertEquals("Accounts Payable", EmailRenderer.greetingName(TestIssues.shippedConfig().recipients().get("accounts-team")));
    }
}
