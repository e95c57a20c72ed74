package au.chim.detect.bounce;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 3464 delivery-status fields read as lines of text wherever they are: a message/delivery-status part, a
 * text/plain part that pastes them, or the body of a bounce whose MIME is broken. Real reports put recipient fields
 * in the per-message block, leave the per-recipient block out, or repeat blocks without blank lines; so fields are
 * grouped by recipient (a new Final-Recipient starts a new one) and fields seen before any recipient belong to the first.
 */
final class DsnFields {
    /** One recipient's fields; values unfolded, or null. */
    record Recipient(String address, String action, String status, String diagnostic, String remoteMta) {
    }

    /** Recipients read from one text: a report listing thousands is hostile; the first ones say enough. */
    static final int MAX_RECIPIENTS = 50;
    private static final Pattern FIELD = Pattern.compile(
            "(?im)^[ \\t]*(final-recipient|original-recipient|action|status|diagnostic-code|remote-mta|reporting-mta|x-actual-recipient)"
                    + "[ \\t]*:[ \\t]*(.*(?:\\r?\\n[ \\t]+\\S.*)*)");
    /** An address, its local part possibly quoted ("john..doe"@example.org is valid). */
    private static final Pattern ADDRESS = Pattern.compile("(?:\"[^\"\\s]{1,64}\"|[^\\s<>;\"(),]+)@[^\\s<>;\"(),]+");
    private static final Pattern STATUS = Pattern.compile("^[245]\\.\\d{1,3}\\.\\d{1,3}");

    private final List<Builder> recipients = new ArrayList<>();
    private String reportingMta;
    private Builder current;

    private DsnFields() {
    }

    /** Reads the fields of a text; an empty list when it has none with a recipient address. */
    static List<Recipient> read(CharSequence text, String[] reportingMtaOut) {
        DsnFields d = new DsnFields();
        Matcher m = FIELD.matcher(text);
        while (m.find() && d.recipients.size() <= MAX_RECIPIENTS) {
            d.field(m.group(1).toLowerCase(Locale.ROOT), m.group(2).replaceAll("\\s+", " ").strip());
        }
        if (reportingMtaOut != null && reportingMtaOut.length > 0) {
            reportingMtaOut[0] = d.reportingMta;
        }
        List<Recipient> out = new ArrayList<>();
        Builder pending = null;
        for (Builder b : d.recipients) {
            if (b.address() == null) {
                pending = pending == null ? b : pending;
                continue;
            }
            if (pending != null) {
                b.fill(pending);
                pending = null;
            }
            if (out.size() < MAX_RECIPIENTS) {
                out.add(b.build());
            }
        }
        return out;
    }

    private void field(String name, String value) {
        switch (name) {
            case "reporting-mta" -> reportingMta = reportingMta == null ? typed(value) : reportingMta;
            case "final-recipient" -> {
                if (current == null || current.finalRecipient != null) {
                    start();
                }
                current.finalRecipient = address(value);
            }
            case "x-actual-recipient" -> {
                // sendmail adds it beside Final-Recipient (the same recipient after aliasing); alone it is the recipient
                if (current == null) {
                    start();
                }
                current.finalRecipient = current.finalRecipient == null ? address(value) : current.finalRecipient;
            }
            case "original-recipient" -> {
                // Original-Recipient comes before Final-Recipient in RFC 3464, but many MTAs write it after
                String original = address(value);
                // ... and some write Action first: the same address as the Final-Recipient before it is the same recipient
                if (current == null || current.originalRecipient != null || current.finalRecipient != null && current.hasValues()
                        && !current.finalRecipient.equalsIgnoreCase(String.valueOf(original))) {
                    start();
                }
                current.originalRecipient = original;
            }
            case "action" -> set(value.toLowerCase(Locale.ROOT).split("[\\s(]", 2)[0], 0);
            case "status" -> {
                Matcher s = STATUS.matcher(value);
                if (s.find()) {
                    set(s.group(), 1);
                }
            }
            case "diagnostic-code" -> set(value, 2);
            default -> set(typed(value), 3);
        }
    }

    private void set(String value, int which) {
        // a field the current recipient already has, after its address: the next block began without a blank line
        if (current == null || current.values[which] != null && current.address() != null) {
            start();
        }
        current.set(which, value);
    }

    private void start() {
        current = new Builder();
        recipients.add(current);
    }

    private static String address(String value) {
        Matcher m = ADDRESS.matcher(typed(value) == null ? "" : typed(value));
        return m.find() ? m.group().replaceAll("^['`]|['`.]$", "") : null;
    }

    /** "rfc822; bob@example.com" to "bob@example.com"; "dns; mx.example.com" to "mx.example.com". */
    static String typed(String v) {
        if (v == null) {
            return null;
        }
        int semi = v.indexOf(';');
        String s = (semi >= 0 ? v.substring(semi + 1) : v).strip();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.isEmpty() ? null : s;
    }

    private static final class Builder {
        String finalRecipient;
        String originalRecipient;
        final String[] values = new String[4];

        String address() {
            return finalRecipient != null ? finalRecipient : originalRecipient;
        }

        boolean hasValues() {
            return java.util.Arrays.stream(values).anyMatch(java.util.Objects::nonNull);
        }

        void set(int which, String value) {
            if (values[which] == null && value != null && !value.isEmpty()) {
                values[which] = value;
            }
        }

        void fill(Builder other) {
            for (int i = 0; i < values.length; i++) {
                set(i, other.values[i]);
            }
        }

        Recipient build() {
            return new Recipient(address(), values[0], values[1], values[2], values[3]);
        }
    }
}
