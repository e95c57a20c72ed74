package au.chim.rules;

import java.util.Locale;
import java.util.Optional;

/** How ClickHome sends a supplier its call-ups (tblSuppliers.inCallupMethod 1..5, file column CallupMethod). */
public enum CallupMethod {
    EMAIL, FAX, SMS, JOBFILE, MANUAL;

    /** ClickHome's code: 1 Email, 2 Fax, 3 SMS, 4 JobFile, 5 Manual. */
    public static Optional<CallupMethod> fromClickHome(int code) {
        return code >= 1 && code <= 5 ? Optional.of(values()[code - 1]) : Optional.empty();
    }

    /** Case-insensitive name as written in a file ({@code EMAIL}, {@code JobFile}); empty when unknown. */
    public static Optional<CallupMethod> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        for (CallupMethod m : values()) {
            if (m.name().equals(s)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Email and JobFile call-ups go to the supplier's email address (JobFile links suppliers by email). */
    public boolean needsEmail() {
        return this == EMAIL || this == JOBFILE;
    }
}
