package au.chim.demo;

/** Small independent versions of the monitor's data rules, so the tests do not trust the generator's own code. */
final class Checks {
    private static final int[] WEIGHTS = {10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19};

    private Checks() {
    }

    /** ATO rule: 11 digits (spaces allowed), subtract 1 from the first, weighted sum divisible by 89. */
    static boolean abnValid(String abn) {
        if (abn == null) {
            return false;
        }
        String d = abn.replace(" ", "");
        if (!d.matches("\\d{11}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            int digit = d.charAt(i) - '0' - (i == 0 ? 1 : 0);
            sum += digit * WEIGHTS[i];
        }
        return sum % 89 == 0;
    }

    /** An Australian landline, mobile or 13/1300/1800 number in any common written form. */
    static boolean auPhone(String phone) {
        if (phone == null) {
            return false;
        }
        String d = phone.replaceAll("[\\s()\\-]", "");
        if (d.startsWith("+61")) {
            d = "0" + d.substring(3);
        }
        return d.matches("0[2378]\\d{8}|04\\d{8}|1[38]00\\d{6}|13\\d{4}");
    }

    /** Postcode is 4 digits and in the state's ranges (domain doc 8.1). */
    static boolean postcodeFits(String state, String postcode) {
        if (state == null || postcode == null || !postcode.matches("\\d{4}")) {
            return false;
        }
        int p = Integer.parseInt(postcode);
        return switch (state) {
            case "NSW" -> p >= 1000 && p <= 2599 || p >= 2619 && p <= 2899 || p >= 2921 && p <= 2999;
            case "ACT" -> p >= 200 && p <= 299 || p >= 2600 && p <= 2618 || p >= 2900 && p <= 2920;
            case "VIC" -> p >= 3000 && p <= 3999 || p >= 8000 && p <= 8999;
            case "QLD" -> p >= 4000 && p <= 4999 || p >= 9000 && p <= 9999;
            case "SA" -> p >= 5000 && p <= 5999;
            case "WA" -> p >= 6000 && p <= 6999;
            case "TAS" -> p >= 7000 && p <= 7999;
            case "NT" -> p >= 800 && p <= 999;
            default -> false;
        };
    }
}
