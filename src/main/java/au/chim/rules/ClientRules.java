package au.chim.rules;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.Severity;
import java.util.ArrayList;
import java.util.List;

/** Client-detail checks (CLI_*): a way to reach the client, email syntax, state/postcode. */
public final class ClientRules {
    private final String source;

    public ClientRules(String source) {
        this.source = source;
    }

    /** All client-detail problems of one client; empty when it is fine. A blank address is not checked. */
    public List<Finding> check(ClientRecord c) {
        List<Finding> out = new ArrayList<>();
        boolean emailOk = EmailAddresses.isValid(c.email());
        AuPhone mobile = AuPhone.parse(c.mobile());
        if (!SupplierRules.blank(c.email()) && !emailOk) {
            out.add(f("CLI_EMAIL_INVALID", Severity.WARNING, c, "email")
                    .summary(who(c) + ": email '" + c.email() + "' is not a valid address")
                    .evidence("Email=" + c.email())
                    .suggestedAction("Correct the client's email in the sales/estimating system.").build());
        }
        if (!mobile.isMissing() && !mobile.canReceiveSms()) {
            out.add(f("CLI_PHONE_INVALID", Severity.WARNING, c, "mobile")
                    .summary(who(c) + ": mobile '" + c.mobile() + "' is not an Australian mobile")
                    .evidence("Mobile=" + c.mobile())
                    .suggestedAction("Correct the client's mobile (04xx xxx xxx).").build());
        }
        AuPhone phone = AuPhone.parse(c.phone());
        if (!phone.isMissing() && !phone.isAustralian()) {
            out.add(f("CLI_PHONE_INVALID", Severity.WARNING, c, "phone")
                    .summary(who(c) + ": phone '" + c.phone() + "' is not an Australian phone number")
                    .evidence("Phone=" + c.phone())
                    .suggestedAction("Correct the client's phone number.").build());
        }
        // Client messaging goes by email or SMS; an unusable value is as good as none.
        if (!emailOk && !mobile.canReceiveSms()) {
            out.add(f("CLI_CONTACT_MISSING", Severity.WARNING, c, null)
                    .summary(who(c) + ": no usable email or mobile, so client messages cannot be sent")
                    .evidence("Email=" + nv(c.email()) + ", Mobile=" + nv(c.mobile()))
                    .suggestedAction("Enter the client's email or mobile.").build());
        }
        if ((!SupplierRules.blank(c.state()) || !SupplierRules.blank(c.postcode())) && !AuPostcode.plausible(c.state(), c.postcode())) {
            out.add(f("CLI_ADDRESS_INVALID", Severity.WARNING, c, null)
                    .summary(who(c) + ": state '" + nv(c.state()) + "' and postcode '" + nv(c.postcode()) + "' do not match")
                    .evidence("State=" + nv(c.state()) + ", Postcode=" + nv(c.postcode()))
                    .suggestedAction("Correct the state or postcode (4-digit postcode of that state).").build());
        }
        return out;
    }

    private Finding.Builder f(String code, Severity severity, ClientRecord c, String field) {
        return Finding.builder(code, Category.CLIENT_DETAILS, severity).entity("client", c.key()).field(field).source(source);
    }

    private static String who(ClientRecord c) {
        return "Client " + c.key() + (SupplierRules.blank(c.name()) ? "" : " (" + c.name().strip() + ")");
    }

    private static String nv(String s) {
        return s == null ? "" : s;
    }
}
