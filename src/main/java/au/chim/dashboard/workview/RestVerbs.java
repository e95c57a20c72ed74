package au.chim.dashboard.workview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.model.Model;
import org.apache.camel.model.rest.RestDefinition;
import org.apache.camel.model.rest.VerbDefinition;

/**
 * The REST API's verbs as routes/60-api.camel.yaml declares them (method, path template, body type, direct: endpoint),
 * read from Camel's model, so the Hawtio bridge serves exactly the API the REST port serves and no second list exists.
 */
final class RestVerbs {
    /** One verb; {@code type} is the JSON body's class, or null. */
    record Verb(String method, String[] segments, Class<?> type, String to) {
        /** The path parameters when {@code path} fits this verb's template, else empty. */
        Optional<Map<String, String>> match(String method, String[] path) {
            if (!this.method.equalsIgnoreCase(method) || path.length != segments.length) {
                return Optional.empty();
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < path.length; i++) {
                String s = segments[i];
                if (s.startsWith("{") && s.endsWith("}")) {
                    params.put(s.substring(1, s.length() - 1), path[i]);
                } else if (!s.equals(path[i])) {
                    return Optional.empty();
                }
            }
            return Optional.of(params);
        }
    }

    private final List<Verb> verbs;

    private RestVerbs(List<Verb> verbs) {
        this.verbs = verbs;
    }

    static RestVerbs of(CamelContext camel) {
        Model model = camel.getCamelContextExtension().getContextPlugin(Model.class);
        List<Verb> verbs = new java.util.ArrayList<>();
        for (RestDefinition rest : model.getRestDefinitions()) {
            String base = rest.getPath() == null ? "" : rest.getPath();
            for (VerbDefinition v : rest.getVerbs()) {
                if (v.getTo() == null) {
                    continue;
                }
                Class<?> type = v.getType() == null ? null : camel.getClassResolver().resolveClass(v.getType());
                verbs.add(new Verb(v.asVerb(), split(base + "/" + (v.getPath() == null ? "" : v.getPath())), type, v.getTo().getUri()));
            }
        }
        return new RestVerbs(List.copyOf(verbs));
    }

    /** The verb for this call with its path parameters; literal segments win over templates (/issues/bulk). */
    Optional<Map.Entry<Verb, Map<String, String>>> find(String method, String path) {
        String[] parts = split(path);
        Map.Entry<Verb, Map<String, String>> best = null;
        for (Verb v : verbs) {
            Optional<Map<String, String>> params = v.match(method, parts);
            if (params.isPresent() && (best == null || params.get().size() < best.getValue().size())) {
                best = Map.entry(v, params.get());
            }
        }
        return Optional.ofNullable(best);
    }

    /** Each call as "METHOD /path/{param}". */
    List<String> calls() {
        return verbs.stream().map(v -> v.method().toUpperCase(java.util.Locale.ROOT) + " /" + String.join("/", v.segments())).toList();
    }

    static String[] split(String path) {
        return java.util.Arrays.stream(path == null ? new String[0] : path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }
}
