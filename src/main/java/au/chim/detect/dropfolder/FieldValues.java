package au.chim.detect.dropfolder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/** Tolerant parsing of the value forms real exports write; every method returns empty rather than throwing. */
public final class FieldValues {
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));
    private static final List<DateTimeFormatter> LOCAL_TIMESTAMPS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu H:mm[:ss]").withResolverStyle(ResolverStyle.STRICT));
    private static final int MAX = 40;

    private FieldValues() {
    }

    /** {@code yyyy-MM-dd} or {@code dd/MM/yyyy} (day first, the AU habit; single-digit day/month accepted). */
    public static Optional<LocalDate> date(String s) {
        if (s == null || s.length() > MAX) {
            return Optional.empty();
        }
        String v = s.strip();
        if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-' && digits(v, 0) == 4 && digits(v, 5) == 2 && digits(v, 8) == 2) {
            // yyyy-MM-dd, the contract's form, without a formatter: this runs for every date of every row
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(v, 0, 4, 10), Integer.parseInt(v, 5, 7, 10), Integer.parseInt(v, 8, 10, 10)));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(v, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /**
     * ISO timestamp with offset ({@code 2024-03-04T10:15:00+11:00}, {@code ...Z}), or without one, in
     * which case it is read in {@code localZone} (the builder's zone: DST differs by state).
     */
    public static Optional<OffsetDateTime> timestamp(String s, ZoneId localZone) {
        if (s == null || s.length() > MAX) {
            return Optional.empty();
        }
        String v = s.strip();
        try {
            return Optional.of(OffsetDateTime.parse(v));
        } catch (DateTimeParseException e) {
            // not with offset
        }
        for (DateTimeFormatter f : LOCAL_TIMESTAMPS) {
            try {
                return Optional.of(LocalDateTime.parse(v, f).atZone(localZone).toOffsetDateTime());
            } catch (DateTimeParseException e) {
                // next
            }
        }
        return date(v).map(d -> d.atStartOfDay(localZone).toOffsetDateTime());
    }

    /** Plain decimal as the contract says (no $, no thousands separator); empty for anything else. */
    public static Optional<BigDecimal> decimal(String s) {
        if (s == null || s.length() > MAX) {
            return Optional.empty();
        }
        String v = s.strip();
        if (!isPlainDecimal(v)) {
            return Optional.empty();
        }
        return Optional.of(v.length() <= 19 ? fromDigits(v) : new BigDecimal(v));
    }

    /** The same value and scale as {@code new BigDecimal(v)} for a plain decimal of at most 18 digits, without its parser. */
    private static BigDecimal fromDigits(String v) {
        long unscaled = 0;
        int scale = -1;
        for (int i = v.charAt(0) == '-' ? 1 : 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '.') {
                scale = 0;
            } else {
                unscaled = unscaled * 10 + (c - '0');
                scale += scale >= 0 ? 1 : 0;
            }
        }
        return BigDecimal.valueOf(v.charAt(0) == '-' ? -unscaled : unscaled, Math.max(scale, 0));
    }

    /** {@code -?\d{1,15}(\.\d{1,6})?}, checked by hand: this runs for every amount of every row. */
    static boolean isPlainDecimal(String v) {
        int i = v.startsWith("-") ? 1 : 0;
        int whole = digits(v, i);
        if (whole < 1 || whole > 15) {
            return false;
        }
        i += whole;
        if (i == v.length()) {
            return true;
        }
        if (v.charAt(i) != '.') {
            return false;
        }
        int frac = digits(v, i + 1);
        return frac >= 1 && frac <= 6 && i + 1 + frac == v.length();
    }

    private static int digits(String v, int from) {
        int i = from;
        while (i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    /** Whole number 0..999999; empty otherwise. */
    public static Optional<Integer> integer(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String v = s.strip();
        int n = digits(v, 0);
        return n >= 1 && n <= 6 && n == v.length() ? Optional.of(Integer.parseInt(v)) : Optional.empty();
    }

    /** Y/N, also Yes/No/True/False/1/0; empty when it is none of those. */
    public static Optional<Boolean> yesNo(String s) {
        if (s == null) {
            return Optional.empty();
        }
        return switch (s.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "Y", "YES", "TRUE", "1" -> Optional.of(true);
            case "N", "NO", "FALSE", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** round(amount x 10 %, 2); either half-up or half-even rounding of the exact value is accepted by {@link #gstMatches}. */
    public static BigDecimal gst(BigDecimal exGst) {
        return exGst.multiply(new BigDecimal("0.10")).setScale(2, RoundingMode.HALF_UP);
    }

    /** True when {@code gst} is 10 % of {@code exGst} rounded to cents (half-up or banker's rounding). */
    public static boolean gstMatches(BigDecimal exGst, BigDecimal gst) {
        BigDecimal exact = exGst.multiply(new BigDecimal("0.10"));
        return exact.setScale(2, RoundingMode.HALF_UP).compareTo(gst) == 0 || exact.setScale(2, RoundingMode.HALF_EVEN).compareTo(gst) == 0;
    }

    /** True when {@code amount} equals {@code a x b} rounded to cents. */
    public static boolean productMatches(BigDecimal a, BigDecimal b, BigDecimal amount) {
        BigDecimal exact = a.multiply(b);
        return exact.setScale(2, RoundingMode.HALF_UP).compareTo(amount) == 0 || exact.setScale(2, RoundingMode.HALF_EVEN).compareTo(amount) == 0;
    }
}
