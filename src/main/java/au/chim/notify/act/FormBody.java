package au.chim.notify.act;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** An application/x-www-form-urlencoded body, read here so the page does not depend on how the HTTP layer maps forms. */
final class FormBody {
    private static final int MAX = 8_000;

    private FormBody() {
    }

    /**
     * The named fields of a posted form: from the body, or from the headers where the HTTP layer already took the
     * body apart (Camel's Vert.x platform-http turns url-encoded form fields into headers).
     */
    static Map<String, String> of(org.apache.camel.Message m, String... names) {
        Map<String, String> out = parse(m.getBody(String.class));
        for (String n : names) {
            String h = m.getHeader(n, String.class);
            if (!out.containsKey(n) && h != null) {
                out.put(n, h);
            }
        }
        return out;
    }

    static Map<String, String> parse(String body) {
        Map<String, String> out = new HashMap<>();
        if (body == null || body.isEmpty() || body.length() > MAX) {
            return out;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(k, v);
        }
        return out;
    }
}
