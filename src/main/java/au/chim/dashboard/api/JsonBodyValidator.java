package au.chim.dashboard.api;

import au.chim.dashboard.JsonErrors;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.spi.RestClientRequestValidator;
import org.apache.camel.support.MessageHelper;

/**
 * Camel's REST binding asks this, before it reads the body (camel.rest.client-request-validation = true), whether a
 * request may go on. A JSON body that does not parse answers 400 with a sentence and its line and column; without
 * this the binding failed with an empty 400 and a parser stack trace in the log. Nothing else is checked here.
 */
public final class JsonBodyValidator implements RestClientRequestValidator {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ValidationError validate(Exchange exchange, ValidationContext context) {
        String body = MessageHelper.extractBodyAsString(exchange.getMessage());
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JSON.readTree(body);
            return null;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
            return new ValidationError(400, JsonErrors.body(400, "the body is not valid JSON" + where));
        }
    }
}
