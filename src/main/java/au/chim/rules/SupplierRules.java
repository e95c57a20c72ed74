package au.chim.rules;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.Severity;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Supplier-detail checks (catalogue codes SUP_*): ABN, contact details the call-up method needs,
 * phone formats, state/postcode, head office, insurance. Used on ClickHome rows and on supplier
 * master files alike; the caller adds file/line context.
 */
public final class SupplierRules {
    private final Clock clock;
    private final String source;

    /** @param clock  gives "today" for insurance expiry, in the builder's time zone */
    public SupplierRules(Clock clock, String source) {
        this.clock = clock;
        this.source = source;
    }

    /** All supplier-detail problems of one supplier; empty when it is fine. Head office is not checked. */
    public List<Finding> check(SupplierRecord s) {
        return check(s, null);
    }

    /**
     * @param headOfficeKnown tells whether a supplier code exists (file or ClickHome); null skips the head-office check
     */
    public List<Finding> check(SupplierRecord s, Predicate<String> headOfficeKnown) {
        List<Finding> out = new ArrayList<>();
        abn(s, out);
        // An inactive supplier gets no call-ups, so its contact details cannot make one fail.
        if (!Boolean.FALSE.equals(s.active())) {
            contactForMethod(s, out);
        }
        phones(s, out);
        if (!blank(s.email()) && !EmailAddresses.isValid(s.email())) {
            boolean needed = s.callupMethod() != null && s.callupMethod().needsEmail() && !Boolean.FALSE.equals(s.active());
            out.add(f("SUP_EMAIL_INVALID", needed ? Severity.ERROR : Severity.WARNING, s, "email")
                    .summary(who(s) + ": email '" + s.email() + "' is not a valid address"
                            + (needed ? " and " + s.callupMethod() + " call-ups go to it" : ""))
                    .evidence("Email=" + s.email())
                    .suggestedAction("Correct the supplier's email in the accounting system's supplier master.").build());
        }
        if ((!blank(s.state()) || !blank(s.postcode())) && !AuPostcode.plausible(s.state(), s.postcode())) {
            out.add(f("SUP_ADDRESS_INVALID", Severity.WARNING, s, null)
                    .summary(who(s) + ": state '" + nv(s.state()) + "' and postcode '" + nv(s.postcode()) + "' do not match")
                    .evidence("State=" + nv(s.state()) + ", Postcode=" + nv(s.postcode()))
                    .suggestedAction("Correct the supplier's state or postcode (state code list, 4-digit postcode of that state).").build());
        }
        if (headOfficeKnown != null && !blank(s.headOfficeCode()) && !s.headOfficeCode().strip().equalsIgnoreCase(s.code())
                && !headOfficeKnown.test(s.headOfficeCode().strip())) {
            out.add(f("SUP_HEAD_OFFICE_MISSING", Severity.WARNING, s, null)
                    .summary(who(s) + ": head office '" + s.headOfficeCode() + "' is not a known supplier")
                    .evidence("HeadOfficeCode=" + s.headOfficeCode())
                    .suggestedAction("Create the head-office supplier first, or correct the branch's head office code.").build());
        }
        LocalDate today = LocalDate.now(clock);
        if (s.insuranceExpiry() != null && s.insuranceExpiry().isBefore(today) && !Boolean.FALSE.equals(s.active())) {
            out.add(f("SUP_INSURANCE_EXPIRED", Severity.WARNING, s, null)
                    .summary(who(s) + ": insurance expired on " + s.insuranceExpiry())
                    .evidence("InsuranceExpiry=" + s.insuranceExpiry())
                    .suggestedAction("Obtain a current certificate of currency and update the expiry date.").build());
        }
        return out;
    }

    private void abn(SupplierRecord s, List<Finding> out) {
        if (blank(s.abn())) {
            if (Boolean.TRUE.equals(s.gstRegistered())) {
                out.add(f("SUP_ABN_MISSING", Severity.WARNING, s, null)
                        .summary(who(s) + ": GST-registered but no ABN")
                        .detail("A supplier quoting no ABN can trigger PAYG no-ABN withholding by the payer.")
                        .evidence("ABN=, GSTRegistered=Y")
                        .suggestedAction("Enter the supplier's ABN (check it on ABN Lookup).").build());
            }
        } else if (!Abn.isValid(s.abn())) {
            out.add(f("SUP_ABN_INVALID", Severity.ERROR, s, null)
                    .summary(who(s) + ": ABN '" + s.abn() + "' is not 11 digits passing the modulus-89 check")
                    .evidence("ABN=" + s.abn())
                    .suggestedAction("Correct the ABN in the supplier master (check it on ABN Lookup).").build());
        }
    }

    private void contactForMethod(SupplierRecord s, List<Finding> out) {
        CallupMethod m = s.callupMethod();
        if (m == null) {
            return;
        }
        if (m.needsEmail() && blank(s.email())) {
            out.add(f("SUP_EMAIL_MISSING_FOR_METHOD", Severity.ERROR, s, null)
                    .summary(who(s) + ": call-up method " + m + " but no email address")
                    .evidence("CallupMethod=" + m + ", Email=")
                    .suggestedAction("Enter the supplier's email, or change its call-up method.").build());
        }
        AuPhone fax = AuPhone.parse(s.fax());
        if (m == CallupMethod.FAX && !fax.canReceiveFax()) {
            out.add(f("SUP_FAX_MISSING_FOR_METHOD", Severity.ERROR, s, null)
                    .summary(who(s) + ": call-up method FAX but "
                            + (fax.isMissing() ? "no fax number" : "fax '" + s.fax() + "' is not an Australian landline"))
                    .evidence("CallupMethod=FAX, Fax=" + nv(s.fax()))
                    .suggestedAction("Enter the supplier's fax number (landline), or change its call-up method.").build());
        }
        AuPhone mobile = AuPhone.parse(s.mobile());
        if (m == CallupMethod.SMS && !mobile.canReceiveSms()) {
            out.add(f("SUP_MOBILE_MISSING_FOR_METHOD", Severity.ERROR, s, null)
                    .summary(who(s) + ": call-up method SMS but "
                            + (mobile.isMissing() ? "no mobile number" : "mobile '" + s.mobile() + "' is not an Australian mobile"))
                    .evidence("CallupMethod=SMS, Mobile=" + nv(s.mobile()))
                    .suggestedAction("Enter the supplier's mobile (04xx xxx xxx), or change its call-up method.").build());
        }
    }

    private void phones(SupplierRecord s, List<Finding> out) {
        boolean active = !Boolean.FALSE.equals(s.active());
        phone(s, "phone", s.phone(), p -> p.isAustralian(), "is not an Australian phone number", out);
        if (!(active && s.callupMethod() == CallupMethod.SMS)) {
            phone(s, "mobile", s.mobile(), AuPhone::canReceiveSms, "is not an Australian mobile (04xx xxx xxx)", out);
        }
        if (!(active && s.callupMethod() == CallupMethod.FAX)) {
            phone(s, "fax", s.fax(), AuPhone::canReceiveFax, "is not an Australian landline, so it cannot receive a fax", out);
        }
    }

    private void phone(SupplierRecord s, String field, String value, Predicate<AuPhone> ok, String problem, List<Finding> out) {
        AuPhone p = AuPhone.parse(value);
        if (!p.isMissing() && !ok.test(p)) {
            out.add(f("SUP_PHONE_INVALID", Severity.WARNING, s, field)
                    .summary(who(s) + ": " + field + " '" + value + "' " + problem)
                    .evidence(field + "=" + value)
                    .suggestedAction("Correct the " + field + " number in the supplier master (any common AU form, e.g. (02) 5550 1234).")
                    .build());
        }
    }

    private Finding.Builder f(String code, Severity severity, SupplierRecord s, String field) {
        return Finding.builder(code, Category.SUPPLIER_DETAILS, severity)
                .entity("supplier", s.code()).field(field).source(source)
                .context(Finding.SUPPLIER_CODE, s.code());
    }

    private static String who(SupplierRecord s) {
        return "Supplier " + s.code() + (blank(s.name()) ? "" : " (" + s.name().strip() + ")");
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nv(String s) {
        return s == null ? "" : s;
    }
}
