package au.chim.dashboard.api;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.apache.camel.Exchange;

/**
 * How every API handler answers: bad input 400, an unknown id 404, an action that does not fit the issue's
 * state 409, each with a one-line JSON error; nothing else leaks. Also the request's parameters and operator.
 */
final class ApiAnswers {
    private ApiAnswers() {
    }

    static Object answer(Exchange ex, Supplier<Object> work) {
        try {
            return work.get();
        } catch (NoSuchElementException e) {
            return error(ex, 404, e.getMessage());
        } catch (IllegalStateException e) {
            return error(ex, 409, e.getMessage());
        } catch (RuntimeException e) {
            return error(ex, 400, ApiErrors.sentence(e));
        }
    }

    static Map<String, String> error(Exchange ex, int status, String message) {
        ex.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        return Map.of("error", au.chim.finding.Text.oneLine(String.valueOf(message), 300));
    }

    static long id(Exchange ex) {
        String raw = header(ex, "id");
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("id must be a number (was " + raw + ")");
        }
    }

    static String header(Exchange ex, String name) {
        String v = ex.getMessage().getHeader(name, String.class);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /**
     * The signed-in person: set as an exchange property by the Hawtio bridge (its session's user; HTTP cannot set
     * exchange properties), else the Basic credentials the platform-http login already checked.
     */
    static String actor(Exchange ex) {
        String bridged = ex.getProperty(Operator.PROPERTY, String.class);
        return bridged != null ? bridged : Operator.fromAuthorization(ex.getMessage().getHeader("Authorization", String.class));
    }
}
