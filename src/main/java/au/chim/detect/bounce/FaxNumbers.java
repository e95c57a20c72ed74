package au.chim.detect.bounce;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fax numbers as ClickHome and FaxMaker write them ("02 9999 8888", "(02) 9999-8888", "+61 2 9999 8888",
 * "0061299998888", "61299998888@faxmaker.com") brought to one E.164 form so they can be compared.
 */
public final class FaxNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** FaxMaker's email-to-fax address: the local part is the number, optionally with a name before it. */
    private static final Pattern FAX_ADDRESS = Pattern.compile("^\\[?(?:fax:)?([+0-9 ()\\-]{6,25})\\]?@", Pattern.CASE_INSENSITIVE);

    private final String region;

    public FaxNumbers(String region) {
        this.region = region == null || region.isBlank() ? "AU" : region;
    }

    /** Default for the builder's sites: Australian numbers. */
    public static FaxNumbers australia() {
        return new FaxNumbers("AU");
    }

    /** E.164 ({@code +61299998888}) or null when the text is not a plausible phone number. */
    public String toE164(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        Matcher m = FAX_ADDRESS.matcher(s);
        if (m.find()) {
            s = m.group(1);
        }
        s = s.replaceAll("[^0-9+]", "");
        if (s.startsWith("00")) {
            s = "+" + s.substring(2);
        } else if (s.startsWith("61") && s.length() == 11) {
            // FaxMaker addresses often carry the country code without a plus: 61299998888@faxmaker.com
            s = "+" + s;
        }
        if (s.length() < 6 || s.length() > 16) {
            return null;
        }
        try {
            Phonenumber.PhoneNumber n = UTIL.parse(s, region);
            if (!UTIL.isPossibleNumber(n)) {
                return null;
            }
            return UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            return null;
        }
    }

    /** The number of a {@code <number>@<faxdomain>} address, as E.164; null for a normal email address. */
    public String fromFaxAddress(String address) {
        if (address == null || !FAX_ADDRESS.matcher(address.strip()).find()) {
            return null;
        }
        return toE164(address);
    }
}
