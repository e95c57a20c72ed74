package au.chim.routing;

import au.chim.finding.Category;
import au.chim.finding.Severity;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and checks recipients.yaml: defaults, people and the parties they belong to. */
final class RecipientsLoader {
    static final Set<String> STATES = Set.of("act", "nsw", "nt", "qld", "sa", "tas", "vic", "wa");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final String file;

    RecipientsLoader(String file) {
        this.file = file;
    }

    record Loaded(Map<String, Party> parties, Map<String, Recipient> recipients, RoutingConfig.RecipientDefaults defaults) {
    }

    Loaded load(Path path) {
        RoutingYaml.RecipientsFile raw = YamlFiles.read(path, file, RoutingYaml.RecipientsFile.class);
        RoutingYaml.Defaults d = raw.defaults() == null ? new RoutingYaml.Defaults(null, null, null, null, null) : raw.defaults();
        ZoneId zone = zone("defaults.timeZone", d.timeZone() == null ? "Australia/Sydney" : d.timeZone());
        String state = state("defaults.state", d.state() == null ? "nsw" : d.state());
        WorkSchedule schedule = schedule("defaults.businessHours", d.businessHours(), zone, state, null);
        var defaults = new RoutingConfig.RecipientDefaults(schedule, d.channels() == null ? List.of("email") : d.channels(),
                d.resolvedNotices() == null || d.resolvedNotices());

        Map<String, Recipient> recipients = new LinkedHashMap<>();
        if (raw.recipients() != null) {
            raw.recipients().forEach((id, r) -> recipients.put(id, recipient("recipients." + id, id, r, defaults)));
        }
        if (raw.parties() == null || raw.parties().isEmpty()) {
            throw new ConfigException(file, "parties", "no parties defined");
        }
        Map<String, Party> parties = new LinkedHashMap<>();
        raw.parties().forEach((id, p) -> parties.put(id, party("parties." + id, id, p, recipients)));
        parties.values().forEach(p -> checkPartyLinks("parties." + p.id(), p, parties));
        return new Loaded(parties, recipients, defaults);
    }

    private Recipient recipient(String at, String id, RoutingYaml.RecipientEntry r, RoutingConfig.RecipientDefaults d) {
        checkId(at, id);
        if (r == null) {
            throw new ConfigException(file, at, "empty entry (needs at least email)");
        }
        if (r.email() == null || !EMAIL.matcher(r.email().trim()).matches()) {
            throw new ConfigException(file, at + ".email", r.email() == null ? "missing" : "not an email address: '" + r.email() + "'");
        }
        ZoneId zone = r.timeZone() == null ? d.schedule().zone() : zone(at + ".timeZone", r.timeZone());
        String state = r.state() == null ? d.schedule().state() : state(at + ".state", r.state());
        WorkSchedule s = schedule(at + ".businessHours", r.businessHours(), zone, state, d.schedule());
        return new Recipient(id, r.name(), r.email().trim(), s, r.channels() == null ? d.channels() : r.channels(),
                r.resolvedNotices() == null ? d.resolvedNotices() : r.resolvedNotices(), false);
    }

    private Party party(String at, String id, RoutingYaml.PartyEntry p, Map<String, Recipient> recipients) {
        checkId(at, id);
        if (p == null) {
            p = new RoutingYaml.PartyEntry(null, null, null, null, null, null, null);
        }
        List<String> members = p.members() == null ? List.of() : p.members();
        for (int i = 0; i < members.size(); i++) {
            if (!recipients.containsKey(members.get(i))) {
                throw new ConfigException(file, at + ".members[" + i + "]", "unknown recipient '" + members.get(i)
                        + "' (known: " + recipients.keySet() + ")");
            }
        }
        Severity min = Severity.ERROR;
        Set<Category> cats = Set.of();
        if (p.realTime() != null) {
            if (p.realTime().minSeverity() != null) {
                min = severity(at + ".realTime.minSeverity", p.realTime().minSeverity());
            }
            cats = categories(at + ".realTime.categories", p.realTime().categories());
        }
        return new Party(id, p.description(), members, p.contextEmail(), p.fallback(), p.via(),
                Boolean.TRUE.equals(p.supportRequest()), min, cats);
    }

    private void checkPartyLinks(String at, Party p, Map<String, Party> parties) {
        if (p.fallback() != null && !parties.containsKey(p.fallback())) {
            throw new ConfigException(file, at + ".fallback", "unknown party '" + p.fallback() + "' (known: " + parties.keySet() + ")");
        }
        if (p.via() != null) {
            Party via = parties.get(p.via());
            if (via == null) {
                throw new ConfigException(file, at + ".via", "unknown party '" + p.via() + "' (known: " + parties.keySet() + ")");
            }
            if (via.via() != null) {
                throw new ConfigException(file, at + ".via", "party '" + p.via() + "' is itself delivered via '" + via.via()
                        + "'; point straight at the party that has the people");
            }
        }
        if (p.contextEmailKey() != null && p.contextEmailKey().isBlank()) {
            throw new ConfigException(file, at + ".contextEmail", "blank context key");
        }
    }

    private void checkId(String at, String id) {
        if (!ID.matcher(id).matches()) {
            throw new ConfigException(file, at, "id '" + id + "' must be lower-case letters, digits and '-'");
        }
    }

    private WorkSchedule schedule(String at, RoutingYaml.Hours h, ZoneId zone, String state, WorkSchedule base) {
        LocalTime start = base == null ? LocalTime.of(8, 0) : base.start();
        LocalTime end = base == null ? LocalTime.of(17, 0) : base.end();
        Set<DayOfWeek> days = base == null ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : base.days();
        if (h != null) {
            start = h.start() == null ? start : time(at + ".start", h.start());
            end = h.end() == null ? end : time(at + ".end", h.end());
            if (h.days() != null) {
                days = EnumSet.noneOf(DayOfWeek.class);
                for (int i = 0; i < h.days().size(); i++) {
                    days.add(day(at + ".days[" + i + "]", h.days().get(i)));
                }
            }
        }
        if (!end.isAfter(start)) {
            throw new ConfigException(file, at, "end " + end + " must be after start " + start);
        }
        return new WorkSchedule(zone, state, start, end, days);
    }

    private ZoneId zone(String at, String v) {
        try {
            return ZoneId.of(v.trim());
        } catch (DateTimeException e) {
            throw new ConfigException(file, at, "unknown time zone '" + v + "' (e.g. Australia/Sydney)");
        }
    }

    private String state(String at, String v) {
        String s = v.trim().toLowerCase(Locale.ROOT);
        if (!STATES.contains(s)) {
            throw new ConfigException(file, at, "unknown state '" + v + "' (one of " + new java.util.TreeSet<>(STATES) + ")");
        }
        return s;
    }

    private LocalTime time(String at, String v) {
        try {
            return LocalTime.parse(v.trim());
        } catch (DateTimeException e) {
            throw new ConfigException(file, at, "not a time of day: '" + v + "' (write 08:30)");
        }
    }

    private DayOfWeek day(String at, String v) {
        String s = v.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equals(s) || d.name().substring(0, 3).equals(s)) {
                return d;
            }
        }
        throw new ConfigException(file, at, "not a day of the week: '" + v + "' (MON..SUN)");
    }

    Severity severity(String at, String v) {
        try {
            return Severity.valueOf(v.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file, at, "unknown severity '" + v + "' (one of " + List.of(Severity.values()) + ")");
        }
    }

    Set<Category> categories(String at, List<String> ids) {
        Set<Category> out = EnumSet.noneOf(Category.class);
        if (ids != null) {
            for (int i = 0; i < ids.size(); i++) {
                out.add(category(file, at + "[" + i + "]", ids.get(i)));
            }
        }
        return out;
    }

    static Category category(String file, String at, String id) {
        try {
            return Category.fromId(id == null ? "" : id.trim());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file, at, e.getMessage());
        }
    }
}
