package au.chim.routing;

import au.chim.finding.Finding;
import au.chim.register.Issue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks the routing tree for one issue and turns the matched parties into recipients, one delivery per
 * recipient. ClickHome Support is delivered to its {@code via} party as a support request; a party that
 * takes an address from the finding (the contract's supervisor) falls back when the address is missing.
 */
public final class PartyRouter {
    private final RoutingConfig config;

    public PartyRouter(RoutingConfig config) {
        this.config = config;
    }

    public RoutingConfig config() {
        return config;
    }

    public List<Delivery> route(Finding f) {
        return route(RoutingFacts.of(f));
    }

    public List<Delivery> route(Issue i) {
        return route(RoutingFacts.of(i));
    }

    /** The parties that end up receiving it (after via/fallback), in rule order, without duplicates. */
    public List<String> partiesFor(Finding f) {
        return partiesFor(RoutingFacts.of(f));
    }

    public List<String> partiesFor(RoutingFacts facts) {
        Set<String> out = new LinkedHashSet<>();
        route(facts).forEach(d -> out.add(d.party()));
        return List.copyOf(out);
    }

    /** The matched rules and their parties before they are resolved to people ("who is responsible"). */
    public List<Match> matches(RoutingFacts facts) {
        List<Match> out = new ArrayList<>();
        walk(config.root(), facts, "", out);
        return out;
    }

    /**
     * A recipient by the id a {@link Delivery} carried (stored in the alert queue): configured ones, or a dynamic
     * one ({@code supervisors:sam@builder.example}) rebuilt with the defaults. Empty if the id is unknown.
     */
    public java.util.Optional<Recipient> recipient(String id) {
        Recipient r = config.recipients().get(id);
        if (r != null || id == null) {
            return java.util.Optional.ofNullable(r);
        }
        int colon = id.indexOf(':');
        Party p = colon < 0 ? null : config.parties().get(id.substring(0, colon));
        String email = colon < 0 ? "" : id.substring(colon + 1);
        if (p == null || p.contextEmailKey() == null || !email.contains("@") || email.chars().anyMatch(Character::isWhitespace)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(dynamicRecipient(email, p));
    }

    /** "Who gets this?" for the README/REST explainer: one line per recipient with the rule that reaches them. */
    public List<String> explain(RoutingFacts facts) {
        return route(facts).stream().map(d -> d.recipientId() + " <" + d.email() + "> as " + d.party()
                + (d.supportRequest() ? " (support request)" : "") + (d.realTime() ? ", real time" : ", digest only")
                + ": " + d.reason()).toList();
    }

    /** The configured people of a party (following via and fallback), e.g. who receives escalations. */
    public List<Recipient> recipientsOf(String partyId) {
        Party p = config.parties().get(partyId);
        Set<String> seen = new LinkedHashSet<>();
        while (p != null && seen.add(p.id())) {
            if (p.via() != null) {
                p = config.parties().get(p.via());
            } else if (!p.members().isEmpty()) {
                return p.members().stream().map(config.recipients()::get).toList();
            } else {
                p = p.fallback() == null ? null : config.parties().get(p.fallback());
            }
        }
        return List.of();
    }

    /** One matched node: its path, the conditions that held, and its parties. */
    public record Match(String path, String name, String conditions, List<String> parties) {
        /** The rule's name when it has one: the recipient reads that, not the rule's path and conditions. */
        String reason(String party) {
            if (name != null) {
                return name;
            }
            return "root".equals(path) ? "default route (no rule matched) -> " + party
                    : "rule " + path + " " + conditions + " -> " + party;
        }
    }

    public List<Delivery> route(RoutingFacts facts) {
        Map<String, Delivery> byRecipient = new LinkedHashMap<>();
        for (Match m : matches(facts)) {
            for (String partyId : m.parties()) {
                Party party = config.parties().get(partyId);
                boolean realTime = party.realTime(facts.category(), facts.severity());
                deliver(party, facts, m.reason(partyId), false, realTime, byRecipient, new LinkedHashSet<>());
            }
        }
        return List.copyOf(byRecipient.values());
    }

    /** @param conditions what the ancestors matched on, so the reason reads "category=po-integration businessUnit=..." */
    private void walk(RouteNode node, RoutingFacts facts, String conditions, List<Match> out) {
        boolean childMatched = false;
        for (RouteNode child : node.children()) {
            if (child.match().matches(facts)) {
                childMatched = true;
                String own = child.match().describe(facts);
                walk(child, facts, conditions.isEmpty() ? own : conditions + " " + own, out);
                if (!child.continueMatching()) {
                    break;
                }
            }
        }
        if (!childMatched) {
            out.add(new Match(node.path(), node.name(), conditions, node.parties()));
        }
    }

    private void deliver(Party party, RoutingFacts facts, String reason, boolean support, boolean realTime,
                         Map<String, Delivery> out, Set<String> seen) {
        if (!seen.add(party.id())) {
            return;
        }
        if (party.via() != null) {
            Party via = config.parties().get(party.via());
            deliver(via, facts, reason + " (delivered to " + via.id() + (party.supportRequest() ? " as a support request)" : ")"),
                    support || party.supportRequest(), realTime, out, seen);
            return;
        }
        List<Recipient> people = new ArrayList<>();
        party.members().forEach(id -> people.add(config.recipients().get(id)));
        String addr = party.contextEmailKey() == null ? null : facts.context().get(party.contextEmailKey());
        if (addr != null && addr.contains("@") && addr.indexOf('\n') < 0 && addr.indexOf('\r') < 0) {
            people.add(dynamicRecipient(addr.trim(), party));
        }
        if (people.isEmpty() && party.fallback() != null) {
            deliver(config.parties().get(party.fallback()), facts, reason + " (no " + party.id() + " known, fallback "
                    + party.fallback() + ")", support, realTime, out, seen);
            return;
        }
        for (Recipient r : people) {
            Delivery prev = out.get(r.id());
            if (prev == null) {
                out.put(r.id(), new Delivery(r.id(), r.email(), party.id(), reason, support || party.supportRequest(), realTime, r));
            } else {
                out.put(r.id(), new Delivery(r.id(), r.email(), prev.party(), prev.reason() + "; " + reason,
                        prev.supportRequest() || support || party.supportRequest(), prev.realTime() || realTime, r));
            }
        }
    }

    private Recipient dynamicRecipient(String email, Party party) {
        RoutingConfig.RecipientDefaults d = config.defaults();
        String id = party.id() + ":" + email.toLowerCase(java.util.Locale.ROOT);
        return new Recipient(id, email, email, d.schedule(), d.channels(), d.resolvedNotices(), true);
    }
}
