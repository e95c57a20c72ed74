package au.chim.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one shape of every refusal either port sends: {@code {"error": "<sentence>", "status": <code>}}. */
public final class JsonErrors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonErrors() {
    }

    public static String body(int status, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", au.chim.finding.Text.oneLine(message, 300));
        m.put("status", status);
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            return "{\"error\":\"refused\",\"status\":" + status + "}";
        }
    }
}
