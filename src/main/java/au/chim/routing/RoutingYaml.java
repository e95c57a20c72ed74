package au.chim.routing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** The files exactly as written (before checking). Jackson rejects any key not declared here. */
final class RoutingYaml {
    private RoutingYaml() {
    }

    /** config/recipients.yaml */
    record RecipientsFile(Defaults defaults, Map<String, RecipientEntry> recipients, Map<String, PartyEntry> parties) {
    }

    record Defaults(String timeZone, String state, Hours businessHours, List<String> channels, Boolean resolvedNotices) {
    }

    record Hours(String start, String end, List<String> days) {
    }

    record RecipientEntry(String name, String email, String timeZone, String state, Hours businessHours,
                          List<String> channels, Boolean resolvedNotices) {
    }

    record PartyEntry(String description, List<String> members, String contextEmail, String fallback, String via,
                      Boolean supportRequest, RealTime realTime) {
    }

    record RealTime(String minSeverity, List<String> categories) {
    }

    /** config/routing.yaml */
    record RoutingFile(String name, List<String> parties, List<Route> routes, List<Inhibit> inhibit, Escalation escalation) {
    }

    record Route(String name, Match match, List<String> parties, @JsonProperty("continue") Boolean continueMatching,
                 List<Route> routes) {
    }

    /** addressee: who a failed message was for (supplier, client, staff); channel: email, fax, sms, jobfile. */
    record Match(List<String> category, List<String> code, String severity, List<String> businessUnit,
                 List<String> supplierCode, List<String> contractNo, List<String> entityType,
                 List<String> addressee, List<String> channel) {
        Map<String, List<String>> attributes() {
            Map<String, List<String>> m = new java.util.LinkedHashMap<>();
            put(m, "businessUnit", businessUnit);
            put(m, "supplierCode", supplierCode);
            put(m, "contractNo", contractNo);
            put(m, "entityType", entityType);
            put(m, "addressee", addressee);
            put(m, "channel", channel);
            return m;
        }

        private static void put(Map<String, List<String>> m, String k, List<String> v) {
            if (v != null && !v.isEmpty()) {
                m.put(k, v);
            }
        }
    }

    record Inhibit(List<String> sourceCode, List<String> targetCode, List<String> targetCategory, List<String> equal) {
    }

    record Escalation(Integer afterBusinessDays, String party, String remindEvery, Boolean escalateAcknowledged) {
    }
}
