package au.chim.routing;

import au.chim.finding.Category;
import au.chim.finding.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads recipients.yaml then routing.yaml and refuses anything it does not understand: an unknown key,
 * party, recipient, category, severity or state stops loading with the file and the path of the entry.
 */
public final class RoutingConfigLoader {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RoutingConfigLoader.class);
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private RoutingConfigLoader() {
    }

    /** Both files in one folder: {@code <dir>/routing.yaml} and {@code <dir>/recipients.yaml}. */
    public static RoutingConfig load(Path configDir) {
        return load(configDir.resolve("routing.yaml"), configDir.resolve("recipients.yaml"));
    }

    /** @throws ConfigException naming the file and the path of the first bad entry */
    public static RoutingConfig load(Path routingFile, Path recipientsFile) {
        RecipientsLoader.Loaded who = new RecipientsLoader(shown(recipientsFile)).load(recipientsFile);
        RoutingConfig c = new RoutingFileChecker(shown(routingFile), who).check(
                YamlFiles.read(routingFile, shown(routingFile), RoutingYaml.RoutingFile.class));
        LOG.info("routing loaded: {} parties, {} recipients, {} top-level rules, {} inhibit rules", c.parties().size(),
                c.recipients().size(), c.root().children().size(), c.inhibitRules().size());
        return c;
    }

    /** config/routing.yaml rather than a long absolute path, so messages stay readable. */
    private static String shown(Path p) {
        Path parent = p.getParent();
        return parent == null || parent.getFileName() == null ? p.toString()
                : parent.getFileName() + "/" + p.getFileName();
    }

    /** The routing.yaml half, checked against the parties recipients.yaml declared. */
    private static final class RoutingFileChecker {
        private final String file;
        private final RecipientsLoader.Loaded who;
        private final RecipientsLoader helper;

        RoutingFileChecker(String file, RecipientsLoader.Loaded who) {
            this.file = file;
            this.who = who;
            this.helper = new RecipientsLoader(file);
        }

        RoutingConfig check(RoutingYaml.RoutingFile raw) {
            if (raw.parties() == null || raw.parties().isEmpty()) {
                throw new ConfigException(file, "parties", "the root needs at least one party: it receives whatever no rule matches");
            }
            List<String> rootParties = parties("parties", raw.parties());
            List<RouteNode> children = routes("routes", raw.routes(), rootParties);
            RouteNode root = new RouteNode("root", raw.name(), RouteMatcher.ANY, rootParties, false, children);
            List<InhibitRule> inhibit = new ArrayList<>();
            if (raw.inhibit() != null) {
                for (int i = 0; i < raw.inhibit().size(); i++) {
                    inhibit.add(inhibit("inhibit[" + i + "]", raw.inhibit().get(i)));
                }
            }
            return new RoutingConfig(who.parties(), who.recipients(), who.defaults(), root, inhibit, escalation(raw.escalation()));
        }

        private List<RouteNode> routes(String at, List<RoutingYaml.Route> raw, List<String> inherited) {
            List<RouteNode> out = new ArrayList<>();
            if (raw == null) {
                return out;
            }
            for (int i = 0; i < raw.size(); i++) {
                String p = at + "[" + i + "]";
                RoutingYaml.Route r = raw.get(i);
                if (r == null || r.match() == null) {
                    throw new ConfigException(file, p + ".match", "missing: a rule needs a match (the root is the fallback)");
                }
                RouteMatcher m = matcher(p + ".match", r.match());
                List<String> own = r.parties() == null || r.parties().isEmpty() ? inherited : parties(p + ".parties", r.parties());
                out.add(new RouteNode(p, r.name(), m, own, Boolean.TRUE.equals(r.continueMatching()), routes(p + ".routes", r.routes(), own)));
            }
            return out;
        }

        private RouteMatcher matcher(String at, RoutingYaml.Match m) {
            Set<Category> cats = helper.categories(at + ".category", m.category());
            Set<String> codes = codes(at + ".code", m.code());
            Severity min = m.severity() == null ? null : helper.severity(at + ".severity", m.severity());
            Map<String, Set<String>> attrs = new LinkedHashMap<>();
            m.attributes().forEach((k, vs) -> {
                Set<String> set = new HashSet<>();
                for (int i = 0; i < vs.size(); i++) {
                    if (vs.get(i) == null || vs.get(i).isBlank()) {
                        throw new ConfigException(file, at + "." + k + "[" + i + "]", "blank value");
                    }
                    set.add(RouteMatcher.normalise(vs.get(i)));
                }
                attrs.put(k, set);
            });
            if (cats.isEmpty() && codes.isEmpty() && min == null && attrs.isEmpty()) {
                throw new ConfigException(file, at, "empty match would catch everything; put those parties on the root instead");
            }
            return new RouteMatcher(cats, codes, min, attrs);
        }

        private Set<String> codes(String at, List<String> raw) {
            Set<String> out = new HashSet<>();
            if (raw != null) {
                for (int i = 0; i < raw.size(); i++) {
                    String c = raw.get(i) == null ? "" : raw.get(i).trim();
                    if (!CODE.matcher(c).matches()) {
                        throw new ConfigException(file, at + "[" + i + "]", "'" + c + "' is not an error code (UPPER_CASE, e.g. PO_UNKNOWN_SUPPLIER)");
                    }
                    out.add(c);
                }
            }
            return out;
        }

        private List<String> parties(String at, List<String> ids) {
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                Party p = who.parties().get(id);
                if (p == null) {
                    throw new ConfigException(file, at, "unknown party '" + id + "' (known: " + who.parties().keySet() + ")");
                }
                if (!reachesSomeone(p, new HashSet<>())) {
                    throw new ConfigException(file, at, "party '" + id + "' has no members, no contextEmail with a fallback"
                            + " and no via; an issue routed there would reach nobody");
                }
            }
            return List.copyOf(new java.util.LinkedHashSet<>(ids));
        }

        private boolean reachesSomeone(Party p, Set<String> seen) {
            if (p == null || !seen.add(p.id())) {
                return false;
            }
            if (!p.members().isEmpty()) {
                return true;
            }
            return reachesSomeone(who.parties().get(p.via() == null ? "" : p.via()), seen)
                    || reachesSomeone(who.parties().get(p.fallback() == null ? "" : p.fallback()), seen);
        }

        private InhibitRule inhibit(String at, RoutingYaml.Inhibit r) {
            if (r == null || r.sourceCode() == null || r.sourceCode().isEmpty()) {
                throw new ConfigException(file, at + ".sourceCode", "missing: which open issue silences the others");
            }
            Set<String> targetCodes = codes(at + ".targetCode", r.targetCode());
            Set<Category> targetCats = helper.categories(at + ".targetCategory", r.targetCategory());
            if (targetCodes.isEmpty() && targetCats.isEmpty()) {
                throw new ConfigException(file, at, "needs targetCode or targetCategory");
            }
            List<String> equal = r.equal() == null ? List.of() : r.equal();
            for (int i = 0; i < equal.size(); i++) {
                if (!RouteMatcher.ATTRIBUTE_KEYS.contains(equal.get(i))) {
                    throw new ConfigException(file, at + ".equal[" + i + "]", "unknown attribute '" + equal.get(i)
                            + "' (one of " + RouteMatcher.ATTRIBUTE_KEYS + ")");
                }
            }
            return new InhibitRule(at, codes(at + ".sourceCode", r.sourceCode()), targetCodes,
                    targetCats.isEmpty() ? EnumSet.noneOf(Category.class) : targetCats, equal);
        }

        private EscalationSettings escalation(RoutingYaml.Escalation e) {
            EscalationSettings d = EscalationSettings.DEFAULT;
            if (e == null) {
                return who.parties().containsKey(d.party()) ? d : new EscalationSettings(0, null, Duration.ZERO, false);
            }
            int days = e.afterBusinessDays() == null ? d.afterBusinessDays() : e.afterBusinessDays();
            if (days < 0) {
                throw new ConfigException(file, "escalation.afterBusinessDays", "must be >= 0 (0 turns escalation off), was " + days);
            }
            String party = e.party() == null ? d.party() : e.party();
            if (days > 0) {
                parties("escalation.party", List.of(party));
            }
            Duration remind = d.remindEvery();
            if (e.remindEvery() != null) {
                try {
                    remind = Durations.parse(e.remindEvery());
                } catch (IllegalArgumentException ex) {
                    throw new ConfigException(file, "escalation.remindEvery", ex.getMessage());
                }
            }
            return new EscalationSettings(days, party, remind, Boolean.TRUE.equals(e.escalateAcknowledged()));
        }
    }
}
