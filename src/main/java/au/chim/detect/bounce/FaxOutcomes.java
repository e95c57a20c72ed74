package au.chim.detect.bounce;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Fax result words to a kind. The split follows the domain notes: busy / no answer and line trouble are
 * retryable (FaxMaker retried and gave up: someone phones the trade); no dial tone / not in service /
 * invalid number are not (the supplier's fax number is wrong); licence and sender problems are the gateway's.
 */
final class FaxOutcomes {
    /** A kind plus the short code stored as statusCode (BUSY, NO_ANSWER, NOT_IN_SERVICE ...). */
    record Outcome(BounceKind kind, String code) {
    }

    private record Rule(Pattern pattern, BounceKind kind, String code) {
    }

    private static final List<Rule> RULES = List.of(
            rule("unauthori[sz]ed sending (e-?mail )?address", BounceKind.FAX_GATEWAY, "UNAUTHORIZED_SENDER"),
            rule("subscription (has )?expired|licen[cs]e (has )?expired|no valid licen[cs]e|out of credit", BounceKind.FAX_GATEWAY, "SUBSCRIPTION"),
            rule("no (fax )?lines? available|no available (fax )?(lines?|devices?)|fax (server|device|modem) (is )?(unavailable|not responding|offline|error)|modem (error|not responding)",
                    BounceKind.FAX_GATEWAY, "GATEWAY_DOWN"),
            rule("no dial ?tone|dial ?tone detected", BounceKind.FAX_BAD_NUMBER, "NO_DIAL_TONE"),
            rule("not in service|number unobtainable|disconnected number|unallocated number|number does not exist",
                    BounceKind.FAX_BAD_NUMBER, "NOT_IN_SERVICE"),
            rule("invalid (fax )?number|incomplete number|bad (fax )?number|number (is )?invalid|voice (line|answered|detected)",
                    BounceKind.FAX_BAD_NUMBER, "INVALID_NUMBER"),
            rule("\\bbusy\\b|line (is )?engaged", BounceKind.FAX_FAILED_RETRYABLE, "BUSY"),
            rule("no answer|no response from (the )?remote|t1 time-?out|did not answer", BounceKind.FAX_FAILED_RETRYABLE, "NO_ANSWER"),
            rule("dcs sent three times|failure to train|maximum time-?out|line (noise|error)|communication error|remote fax (hung up|disconnected)",
                    BounceKind.FAX_FAILED_RETRYABLE, "LINE_ERROR"),
            rule("sent successfully|successfully sent|transmission (ok|successful|complete)|status\\s*:\\s*(sent|success|ok)\\b|has been (sent|delivered)",
                    BounceKind.FAX_SENT, "SENT"),
            rule("\\bfail(ed|ure)?\\b|could not be sent|not sent|\\berror\\b", BounceKind.FAX_FAILED_RETRYABLE, "FAILED"));

    private FaxOutcomes() {
    }

    /** First matching rule in the order above (gateway, bad number, retryable, sent, generic failure); null if none. */
    static Outcome classify(String text) {
        if (text == null) {
            return null;
        }
        String t = text.toLowerCase(Locale.ROOT);
        for (Rule r : RULES) {
            if (r.pattern().matcher(t).find()) {
                return new Outcome(r.kind(), r.code());
            }
        }
        return null;
    }

    private static Rule rule(String regex, BounceKind kind, String code) {
        return new Rule(Pattern.compile(regex), kind, code);
    }
}
