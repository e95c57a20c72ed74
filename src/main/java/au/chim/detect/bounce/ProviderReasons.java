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
import java.util.stream.Collectors;

/**
 * Reasons some receiving providers word in their own way (provider-reasons.txt, read once): Yahoo's "dd This user doesn't
 * have a ... account", La Poste's "LPN007_416", au's "550 : User unknown". Their documented codes say more than the generic
 * phrases do, so a provider's rule, when one matches, decides before the generic table.
 */
final class ProviderReasons {
    private static final String TABLE = "provider-reasons.txt";
    private static final ProviderReasons SHIPPED = load();

    private record Rule(BounceReason reason, String text, Pattern regex) {
        boolean matches(String lower) {
            return regex != null ? regex.matcher(lower).find() : lower.contains(text);
        }
    }

    private record Provider(String name, Pattern hosts, List<Rule> rules) {
    }

    private final List<Provider> providers;

    private ProviderReasons(List<Provider> providers) {
        this.providers = List.copyOf(providers);
    }

    static ProviderReasons shipped() {
        return SHIPPED;
    }

    /**
     * The reason the provider that refused gives, or null when no provider's host is named or none of its rules matches.
     *
     * @param hosts where a provider shows itself: recipient domain, remote/reporting MTA, bounce sender (any order)
     */
    BounceReason reason(String hosts, String diagnostic) {
        if (diagnostic == null || diagnostic.isBlank()) {
            return null;
        }
        String diag = diagnostic.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String where = (hosts == null ? "" : hosts.toLowerCase(Locale.ROOT)) + " " + diag;
        for (Provider p : providers) {
            if (!p.hosts().matcher(where).find()) {
                continue;
            }
            for (Rule r : p.rules()) {
                if (r.matches(diag)) {
                    return r.reason();
                }
            }
        }
        return null;
    }

    private static ProviderReasons load() {
        try (InputStream in = ProviderReasons.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("provider table " + TABLE + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ProviderReasons parse(List<String> lines) {
        List<Provider> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                if (line.startsWith("[")) {
                    int close = line.indexOf(']');
                    String[] hosts = line.substring(close + 1).strip().toLowerCase(Locale.ROOT).split("\\s+");
                    // a host name ends in one of these: "mta6.am0.yahoodns.net", "user@ezweb.ne.jp", "smtp-in.orange.fr"
                    String alternatives = java.util.Arrays.stream(hosts).map(Pattern::quote).collect(Collectors.joining("|"));
                    out.add(new Provider(line.substring(1, close), Pattern.compile("(?<![\\w-])(?:[\\w-]+\\.)*(?:" + alternatives
                            + ")(?![\\w-]|\\.\\w)"), new ArrayList<>()));
                    continue;
                }
                if (out.isEmpty()) {
                    throw new IllegalArgumentException("a rule before the first [provider] line");
                }
                String[] f = line.split("\\s+", 2);
                BounceReason reason = BounceReason.parse(f[0]);
                String rule = f[1].strip();
                out.get(out.size() - 1).rules().add(rule.startsWith("re:") ? new Rule(reason, null, Pattern.compile(rule.substring(3)))
                        : new Rule(reason, rule.toLowerCase(Locale.ROOT), null));
            } catch (RuntimeException e) {
                throw new IllegalStateException(TABLE + " line " + (i + 1) + ": " + e.getMessage() + " in '" + line + "'", e);
            }
        }
        return new ProviderReasons(out);
    }
}
