package au.chim.routing;

import java.util.List;
import java.util.Map;

/** The checked content of routing.yaml and recipients.yaml: who exists, the matrix, inhibitions and escalation. */
public record RoutingConfig(Map<String, Party> parties, Map<String, Recipient> recipients, RecipientDefaults defaults,
                            RouteNode root, List<InhibitRule> inhibitRules, EscalationSettings escalation) {
    public RoutingConfig {
        parties = Map.copyOf(parties);
        recipients = Map.copyOf(recipients);
        inhibitRules = List.copyOf(inhibitRules);
    }

    /** What dynamic recipients (a contract's supervisor) get when the file does not know them. */
    public record RecipientDefaults(WorkSchedule schedule, List<String> channels, boolean resolvedNotices) {
    }
}
