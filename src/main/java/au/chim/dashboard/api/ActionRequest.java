package au.chim.dashboard.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Body of an operator action. {@code note} or {@code reason} is the text recorded in the audit trail;
 * a snooze needs {@code until} (ISO instant, e.g. 2026-11-23T07:00:00Z) or {@code hours}.
 */
public record ActionRequest(String note, String reason, String until, Integer hours) {
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    String text() {
        return note != null && !note.isBlank() ? note : reason;
    }

    /**
     * Reads a request body strictly, before the action runs; a bad body fails with a sentence naming the field
     * (never a class name). An empty body is an action without a note.
     */
    static ActionRequest from(Object body) {
        if (body == null || body instanceof String s && s.isBlank()) {
            return new ActionRequest(null, null, null, null);
        }
        try {
            if (body instanceof String json) {
                return STRICT.readValue(json, ActionRequest.class);
            }
            // The REST binding already read the JSON into a map; convert it with the same strict rules.
            try {
                return STRICT.convertValue(body, ActionRequest.class);
            } catch (IllegalArgumentException e) {
                if (e.getCause() instanceof JsonProcessingException j) {
                    throw j;
                }
                throw new IllegalArgumentException("the body must be a JSON object like {\"note\": \"...\"}");
            }
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException("unknown field '" + e.getPropertyName() + "' (fields: note, reason, until, hours)");
        } catch (MismatchedInputException e) {
            String field = e.getPath().isEmpty() ? null : e.getPath().get(0).getFieldName();
            throw new IllegalArgumentException(field == null ? "the body must be a JSON object like {\"note\": \"...\"}"
                    : "field '" + field + "' has the wrong type" + ("hours".equals(field) ? " (a whole number)" : " (text)"));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not valid JSON"
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"));
        }
    }
}
