package au.chim.dashboard.workview;

import au.chim.dashboard.api.Operator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API for the work view, on Hawtio's own origin (/hawtio/integration-api/...): the page's calls carry the
 * Hawtio session cookie, and the person and role come from that session's JAAS Subject, never from the request.
 * A call is handed to the same direct: route the REST port uses, with the person as an exchange property (which
 * HTTP cannot set). Writes need an admin (else 403), the page's own origin (Origin or Referer, else 403) and a
 * JSON body (else 415). {@code GET /me} says who is logged in, for the plugin to hide what a viewer may not do.
 */
final class ApiBridgeServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(ApiBridgeServlet.class);
    private static final int MAX_BODY = 256 * 1024;
    private final transient CamelContext camel;
    private final transient Function<String, List<String>> partiesOf;
    private transient volatile RestVerbs verbs;
    private transient volatile ProducerTemplate template;

    ApiBridgeServlet(CamelContext camel, Function<String, List<String>> partiesOf) {
        this.camel = camel;
        this.partiesOf = partiesOf;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Optional<SessionUser> user = SessionUser.of(req, partiesOf);
        if (user.isEmpty()) {
            write(res, 401, Map.of("error", "login required: log in to Hawtio first"));
            return;
        }
        String method = req.getMethod().toUpperCase(Locale.ROOT);
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (read && path.equals("/me")) {
            write(res, 200, me(user.get()));
            return;
        }
        if (!read) {
            String refused = SameOrigin.problem(req, user.get());
            if (refused != null) {
                LOG.info("Refused {} {} for {}: {}", method, path, user.get().name(), refused);
                write(res, refused.startsWith("415") ? 415 : 403, Map.of("error", refused.substring(4)));
                return;
            }
        }
        var found = verbs().find(method, path);
        if (found.isEmpty()) {
            write(res, 404, Map.of("error", "no API call " + method + " " + path));
            return;
        }
        RestVerbs.Verb verb = found.get().getKey();
        Exchange ex = new DefaultExchange(camel);
        req.getParameterMap().forEach((k, v) -> ex.getMessage().setHeader(k, v.length == 0 ? null : v[0]));
        found.get().getValue().forEach(ex.getMessage()::setHeader);
        ex.setProperty(Operator.PROPERTY, user.get().name());
        ex.setProperty(Operator.PARTIES_PROPERTY, user.get().parties());
        if (!read) {
            byte[] body = req.getInputStream().readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                write(res, 413, Map.of("error", "body over " + MAX_BODY + " bytes"));
                return;
            }
            try {
                // A typed verb gets its record; the others get the JSON text, which their handler reads strictly.
                ex.getMessage().setBody(body.length == 0 ? null
                        : verb.type() != null ? json().readValue(body, verb.type()) : new String(body, StandardCharsets.UTF_8));
            } catch (IOException e) {
                write(res, 400, Map.of("error", "the body is not the JSON this action takes"));
                return;
            }
        }
        template().send(verb.to(), ex);
        if (ex.getException() != null) {
            LOG.warn("API call {} {} failed: {}", method, path, ex.getException().toString());
            write(res, 500, Map.of("error", "the monitor could not answer; see its log"));
            return;
        }
        write(res, ex.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 200, Integer.class), ex.getMessage().getBody());
    }

    /** Who is logged in, the builder's time zone for showing times, and the calls the API offers (e.g. resubmit). */
    private Map<String, Object> me(SessionUser user) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("name", user.name());
        out.put("canAct", user.canAct());
        out.put("parties", user.parties());
        out.put("timeZone", camel.resolvePropertyPlaceholders("{{monitor.time-zone:Australia/Sydney}}"));
        out.put("apis", verbs().calls());
        return out;
    }

    private RestVerbs verbs() {
        if (verbs == null) {
            verbs = RestVerbs.of(camel); // after the routes are loaded: the first call comes from a logged-in page
        }
        return verbs;
    }

    private ProducerTemplate template() {
        if (template == null) {
            template = camel.createProducerTemplate();
        }
        return template;
    }

    private ObjectMapper json() {
        ObjectMapper m = camel.getRegistry().lookupByNameAndType("jsonMapper", ObjectMapper.class);
        return m != null ? m : new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    private void write(HttpServletResponse res, int status, Object body) throws IOException {
        res.setStatus(status);
        res.setContentType("application/json");
        res.setCharacterEncoding("UTF-8");
        res.setHeader("Cache-Control", "no-store");
        json().writeValue(res.getOutputStream(), body);
    }
}
