package au.chim.detect.bounce;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The reason of a bounce from its own words, by the ordered phrase table in bounce-reasons.txt (read once),
 * then from its status code. The table, not code, holds how each mail system words a refusal.
 */
final class BounceReasons {
    private static final String TABLE = "bounce-reasons.txt";
    private static final Pattern URL = Pattern.compile("(?:https?|ftp)://([^/\\s]+)\\S*");
    private static final BounceReasons SHIPPED = load();

    private record Phrase(BounceReason reason, String text, Pattern regex, boolean weak, boolean own) {
        boolean matches(String lower) {
            return regex != null ? regex.matcher(lower).find() : lower.contains(text);
        }
    }

    private record Status(BounceReason reason, String prefix) {
    }

    private final List<Phrase> phrases;
    private final List<Status> statuses;

    private BounceReasons(List<Phrase> phrases, List<Status> statuses) {
        this.phrases = List.copyOf(phrases);
        this.statuses = List.copyOf(statuses);
    }

    static BounceReasons shipped() {
        return SHIPPED;
    }

    /** The first phrase rule the text matches, or null; vague (weak:) words are left to {@link #byWeakText}. */
    BounceReason byText(String text) {
        return match(text, false);
    }

    /** The vague words ("rejected", "denied") that name a reason only when the status code did not. */
    BounceReason byWeakText(String text) {
        return match(text, true);
    }

    /** Whether the text is a mail system's own verdict (own: rules), not a receiving server's reply it passes on. */
    boolean isOwnVerdict(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return phrases.stream().anyMatch(p -> p.own() && p.matches(lower));
    }

    private BounceReason match(String text, boolean weak) {
        Phrase p = first(text, weak);
        return p == null ? null : p.reason();
    }

    private Phrase first(String text, boolean weak) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // a link's path names a help page ("see https://.../#blocked"), not this mail's reason; its host may (a blocklist)
        String lower = URL.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" $1 ").replaceAll("\\s+", " ");
        for (Phrase p : phrases) {
            if (p.weak() == weak && p.matches(lower)) {
                return p;
            }
        }
        return null;
    }

    /** The reason an enhanced status code gives (5.1.1 user unknown), or null for codes that say nothing (5.0.0). */
    BounceReason byStatus(String status) {
        if (status == null) {
            return null;
        }
        for (Status s : statuses) {
            if (status.equals(s.prefix()) || status.startsWith(s.prefix() + ".") && s.prefix().length() == 3) {
                return s.reason();
            }
        }
        return null;
    }

    private static BounceReasons load() {
        try (InputStream in = BounceReasons.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("bounce phrase table " + TABLE + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BounceReasons parse(List<String> lines) {
        List<Phrase> phrases = new ArrayList<>();
        List<Status> statuses = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+", 2);
            try {
                BounceReason reason = BounceReason.parse(f[0]);
                String rule = f[1].strip();
                boolean weak = rule.startsWith("weak:");
                rule = weak ? rule.substring(5) : rule;
                boolean own = rule.startsWith("own:");
                rule = own ? rule.substring(4) : rule;
                if (rule.startsWith("status:")) {
                    statuses.add(new Status(reason, rule.substring(7).strip()));
                } else if (rule.startsWith("re:")) {
                    phrases.add(new Phrase(reason, null, Pattern.compile(rule.substring(3)), weak, own));
                } else {
                    phrases.add(new Phrase(reason, rule.toLowerCase(Locale.ROOT), null, weak, own));
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException(TABLE + " line " + (i + 1) + ": " + e.getMessage() + " in '" + line + "'", e);
            }
        }
        return new BounceReasons(phrases, statuses);
    }
}
