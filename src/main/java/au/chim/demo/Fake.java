package au.chim.demo;

import java.util.List;
import java.util.Random;

/**
 * Fictitious Australian contact data: ABNs that pass modulus 89 but belong to nobody we know of,
 * ACMA numbers reserved for drama (mobiles 0491 57x xxx from the published list, landlines 5550 xxxx)
 * and example.com.au / example.com addresses.
 */
final class Fake {
    private static final int[] ABN_WEIGHTS = {10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19};
    /** ACMA's published fictitious mobile numbers (without the 0491 57 prefix). */
    private static final List<String> MOBILE_TAILS = List.of("0 006", "0 156", "0 157", "0 158", "0 159", "0 110", "0 313",
            "0 737", "1 266", "1 491", "1 804", "2 549", "2 665", "2 983", "3 770", "3 087", "4 118", "4 632", "5 254",
            "5 789", "6 398", "6 801", "7 426", "7 644", "8 957", "8 148", "8 888", "9 212", "9 760", "9 455");

    private final Random rnd;

    Fake(Random rnd) {
        this.rnd = rnd;
    }

    /** 11 digits: nine random digits, then the two leading digits chosen so the modulus-89 sum is 0. */
    String abn() {
        int[] d = new int[11];
        int sum = 0;
        for (int i = 2; i < 11; i++) {
            d[i] = rnd.nextInt(10);
            sum += d[i] * ABN_WEIGHTS[i];
        }
        int v = Math.floorMod(-sum, 89); // = 10 * (d0 - 1) + d1, always 0..88 so d0 is 1..9
        d[0] = v / 10 + 1;
        d[1] = v % 10;
        StringBuilder b = new StringBuilder();
        for (int x : d) {
            b.append(x);
        }
        return b.toString();
    }

    /** Modulus-89 check on 11 digits (no spaces); the simulator uses it to break only ABNs that are valid. */
    static boolean abnValid(String abn) {
        if (abn == null || !abn.matches("\\d{11}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (abn.charAt(i) - '0' - (i == 0 ? 1 : 0)) * ABN_WEIGHTS[i];
        }
        return sum % 89 == 0;
    }

    /** A reserved mobile, written the way people type it: 0491 570 156 or +61491570156. */
    String mobile() {
        String tail = MOBILE_TAILS.get(rnd.nextInt(MOBILE_TAILS.size()));
        String local = "0491 57" + tail;
        return rnd.nextInt(4) == 0 ? "+61" + local.substring(1).replace(" ", "") : local;
    }

    /** A reserved landline for the state's area code, e.g. (02) 5550 1234. */
    String landline(String state) {
        String area = switch (state) {
            case "VIC", "TAS" -> "03";
            case "QLD" -> "07";
            case "SA", "WA", "NT" -> "08";
            default -> "02";
        };
        String number = String.format("%04d", rnd.nextInt(10000));
        return switch (rnd.nextInt(3)) {
            case 0 -> "(" + area + ") 5550 " + number;
            case 1 -> area + " 5550 " + number;
            default -> "+61" + area.substring(1) + "5550" + number;
        };
    }

    int between(int lo, int hiInclusive) {
        return lo + rnd.nextInt(hiInclusive - lo + 1);
    }

    boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    <T> T pick(T[] array) {
        return array[rnd.nextInt(array.length)];
    }

    String hex(int len) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < len; i++) {
            b.append(Character.forDigit(rnd.nextInt(16), 16));
        }
        return b.toString().toUpperCase();
    }

    /** "Harbourside Plumbing Pty Ltd" -> "harboursideplumbing". */
    static String slug(String name) {
        String s = name.toLowerCase().replace("pty ltd", "").replace("&", "and");
        return s.replaceAll("[^a-z0-9]", "");
    }
}
