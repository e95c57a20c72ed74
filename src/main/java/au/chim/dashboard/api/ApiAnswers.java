package au.chim.dashboard.api;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * How every API handler answers: bad input 400, an unknown id 404, an action that does not fit the issue's
 * state 409, the monitor's store failing 503 (with Retry-After), each with a one-line JSON error; nothing else leaks.
 * Also the request's parameters and operator.
 */
final class ApiAnswers {
    private static final Logger LOG = LoggerFactory.getLogger(ApiAnswers.class);
    /** Seconds a caller should wait before asking again while the store fails (the store check's own pace). */
    static final int STORE_RETRY_AFTER = 30;

    private ApiAnswers() {
    }

    static Object answer(Exchange ex, Supplier<Object> work) {
        try {
            return work.get();
        } catch (NoSuchElementException e) {
            return error(ex, 404, e.getMessage());
        } catch (IllegalStateException e) {
            return error(ex, 409, e.getMessage());
        } catch (DataAccessException e) {
            // the store, not the request: a 400 would tell the caller to change what it sent
            LOG.warn("API {} answered 503: the monitor store failed ({})", ex.getMessage().getHeader(Exchange.HTTP_URI),
                    e.getMostSpecificCause().getMessage());
            ex.getMessage().setHeader("Retry-After", STORE_RETRY_AFTER);
            return error(ex, 503, "the monitor's store cannot be read or written just now (see /observe/health); nothing was "
                    + "changed; try again in " + STORE_RETRY_AFTER + " s");
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
