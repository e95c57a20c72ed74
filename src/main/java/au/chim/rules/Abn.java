package au.chim.rules;

/** Australian Business Number: normalisation and the ATO modulus-89 checksum (domain brief 8.1). */
public final class Abn {
    private static final int[] WEIGHTS = {10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19};

    private Abn() {
    }

    /** Removes spaces (ABNs are usually written {@code NN NNN NNN NNN}); null or blank gives null. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(11);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0') {
                b.append(c);
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** True when the value is 11 ASCII digits (spaces allowed) whose weighted sum is divisible by 89. */
    public static boolean isValid(String raw) {
        String abn = normalise(raw);
        if (abn == null || abn.length() != 11) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            char c = abn.charAt(i);
            // Character.isDigit would accept Arabic-Indic and full-width digits; an ABN is ASCII only.
            if (c < '0' || c > '9') {
                return false;
            }
            int digit = c - '0';
            if (i == 0) {
                digit -= 1;
            }
            sum += digit * WEIGHTS[i];
        }
        return sum % 89 == 0;
    }
}
