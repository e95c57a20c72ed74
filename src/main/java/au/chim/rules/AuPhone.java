package au.chim.rules;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * An Australian phone number as typed in a file or a ClickHome field, parsed with libphonenumber
 * (region AU). {@link #parse} never throws: rubbish comes back as {@link Kind#INVALID}.
 *
 * <p>Validity uses {@code isValidNumber}, not {@code isPossibleNumber}, on purpose: "possible" only
 * checks the length, so it accepts {@code 0491 5701} (8 digits) and {@code 00 5550 1234} (no such
 * area code), which would let broken fax numbers through. The ACMA fictitious ranges used by the demo
 * data ({@code 0491 570 xxx}, {@code (0x) 5550 xxxx}, {@code (0x) 7010 xxxx}) are valid in the
 * libphonenumber 9.0.43 metadata; {@code AuPhoneTest} pins that, so a metadata change that drops
 * them fails the build instead of flooding the register.
 *
 * @param raw  the value as given (may be null)
 * @param e164 normalised {@code +61...} form, or null when missing/unparseable
 * @param kind what sort of number it is
 */
public record AuPhone(String raw, String e164, Kind kind) {

    /** What a number can be used for. */
    public enum Kind {
        /** 04xx: can receive SMS. */
        MOBILE,
        /** 0A BBBB CCCC: can receive a fax. */
        LANDLINE,
        /** 13, 1300, 1800 business numbers. */
        SERVICE,
        /** A real number that is none of the above (premium 1900, satellite, non-AU). */
        OTHER,
        /** Something was typed but it is not a valid Australian number. */
        INVALID,
        /** Nothing was typed. */
        MISSING
    }

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** Longer input is not a phone number; also keeps libphonenumber's own limits out of the way. */
    private static final int MAX_RAW = 40;

    public static AuPhone parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return new AuPhone(raw, null, Kind.MISSING);
        }
        if (raw.length() > MAX_RAW) {
            return new AuPhone(raw, null, Kind.INVALID);
        }
        PhoneNumber n;
        try {
            n = UTIL.parse(raw.strip(), "AU");
        } catch (NumberParseException e) {
            return new AuPhone(raw, null, Kind.INVALID);
        }
        if (!UTIL.isValidNumber(n)) {
            return new AuPhone(raw, null, Kind.INVALID);
        }
        String e164 = UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164);
        if (!"AU".equals(UTIL.getRegionCodeForNumber(n))) {
            return new AuPhone(raw, e164, Kind.OTHER);
        }
        Kind kind = switch (UTIL.getNumberType(n)) {
            case MOBILE -> Kind.MOBILE;
            case FIXED_LINE, FIXED_LINE_OR_MOBILE -> Kind.LANDLINE;
            case SHARED_COST, TOLL_FREE -> Kind.SERVICE;
            default -> Kind.OTHER;
        };
        return new AuPhone(raw, e164, kind);
    }

    /** Any valid number: mobile, landline, service or other (including foreign numbers). */
    public boolean isValid() {
        return e164 != null;
    }

    /** A valid Australian mobile, landline or 13/1300/1800 number: what a supplier's phone field should hold. */
    public boolean isAustralian() {
        return kind == Kind.MOBILE || kind == Kind.LANDLINE || kind == Kind.SERVICE;
    }

    public boolean isMissing() {
        return kind == Kind.MISSING;
    }

    /** Only landlines take faxes: a fax to a mobile or a 1300 number fails at FaxMaker after retries. */
    public boolean canReceiveFax() {
        return kind == Kind.LANDLINE;
    }

    public boolean canReceiveSms() {
        return kind == Kind.MOBILE;
    }

    /** Same number however it was written ({@code (02) 5550 1234} = {@code +61255501234}); two missing values are the same. */
    public boolean sameNumberAs(AuPhone other) {
        if (isMissing() || other.isMissing()) {
            return isMissing() && other.isMissing();
        }
        if (e164 == null || other.e164 == null) {
            return digits(raw).equals(digits(other.raw));
        }
        return e164.equals(other.e164);
    }

    private static String digits(String s) {
        return s == null ? "" : s.replaceAll("[^0-9+]", "");
    }
}
