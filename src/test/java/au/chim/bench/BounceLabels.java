package au.chim.bench;

import au.chim.detect.bounce.BounceKind;
import au.chim.detect.bounce.BounceReason;
import au.chim.detect.bounce.BounceReport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The labels of a bounce corpus (labels.tsv: filename, recipient, status, reason, class, source) and how the
 * product's verdicts are put in the labels' terms. The corpus's reason names are a bounce library's; a few of its
 * finer reasons map onto one of ours (badreputation is blocked for us, speeding too-many-connections).
 */
final class BounceLabels {
    record Row(String file, String recipient, String status, String reason, String klass) {
        String system() {
            return file.replaceAll("-\\d+\\.eml$", "");
        }
    }

    /** Status codes the labels invent (x.0.9xx pseudo-codes) where the mail shows another one: not scored. */
    private static final List<String> PSEUDO_STATUS = List.of("lhost-opensmtpd-06.eml", "lhost-opensmtpd-15.eml",
            "lhost-opensmtpd-16.eml", "lhost-opensmtpd-10.eml", "lhost-opensmtpd-12.eml");
    private static final Map<String, BounceReason> ALIASES = Map.ofEntries(
            Map.entry("toomanyconn", BounceReason.TOO_MANY_CONNECTIONS), Map.entry("speeding", BounceReason.TOO_MANY_CONNECTIONS),
            Map.entry("badreputation", BounceReason.BLOCKED), Map.entry("notcompliantrfc", BounceReason.CONTENT_ERROR),
            Map.entry("mesgtoobig", BounceReason.MESSAGE_TOO_BIG), Map.entry("exceedlimit", BounceReason.MESSAGE_TOO_BIG),
            Map.entry("systemfull", BounceReason.MAILBOX_FULL), Map.entry("failedstarttls", BounceReason.SECURITY_ERROR),
            Map.entry("onhold", BounceReason.UNDEFINED), Map.entry("undefined", BounceReason.UNDEFINED));

    private BounceLabels() {
    }

    /** Rows grouped by file, in file order. */
    static Map<String, List<Row>> read(Path corpus) throws IOException {
        Map<String, List<Row>> byFile = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(corpus.resolve("labels.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = (line + "\t\t\t\t\t").split("\t", -1);
            Row r = new Row(f[0], f[1].replace("*", "").strip().toLowerCase(Locale.ROOT),
                    PSEUDO_STATUS.contains(f[0]) ? "" : f[2].strip(), f[3].strip(), f[4].strip());
            byFile.computeIfAbsent(r.file(), k -> new ArrayList<>()).add(r);
        }
        return byFile;
    }

    /** The label's reason as one of ours. */
    static BounceReason reason(String label) {
        BounceReason alias = ALIASES.get(label);
        return alias != null ? alias : parse(label);
    }

    private static BounceReason parse(String label) {
        for (BounceReason r : BounceReason.values()) {
            if (r.name().replace("_", "").equalsIgnoreCase(label)) {
                return r;
            }
        }
        return BounceReason.UNDEFINED;
    }

    /** The verdict's class in the labels' words: hard, soft, feedback, not-a-bounce, or what it was instead. */
    static String klass(BounceReport r) {
        if (r.reason() != null) {
            return switch (r.reason()) {
                case FEEDBACK -> "feedback";
                case DELIVERED -> "not-a-bounce";
                case VACATION -> "vacation";
                default -> r.reason().isHard(r.statusCode()) ? "hard" : "soft";
            };
        }
        BounceKind k = r.kind();
        return switch (k) {
            case HARD_BOUNCE, FAX_GATEWAY -> "hard";
            case SOFT_BOUNCE, DELAYED -> "soft";
            case NOT_A_BOUNCE -> "not-a-bounce";
            case AUTO_REPLY -> "vacation";
            default -> k.name().toLowerCase(Locale.ROOT);
        };
    }

    /** Routing group of a verdict (or "unparsed"/"none" when it has no reason). */
    static String group(BounceReport r) {
        if (r.reason() != null) {
            return r.reason().group().name();
        }
        return r.kind() == BounceKind.UNPARSEABLE ? "UNPARSED" : "NO_REASON";
    }
}
