package au.chim.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The same-origin and JSON-body rules on their own (the ports apply them in RequestGuardHandler/Filter). */
class RequestRulesTest {
    private final RequestRules rules = new RequestRules(new SameOrigin(List.of("https://ops.example"), false));
    private final RequestRules strict = new RequestRules(new SameOrigin(List.of(), true));

    private RequestRules.Refusal post(RequestRules r, String origin, String referer, String type) {
        return r.check("POST", "http", "127.0.0.1:8181", origin, referer, type, true);
    }

    @Test
    void originsAreComparedAsSchemeHostAndPort() {
        assertNull(post(rules, "http://127.0.0.1:8181", null, "application/json"));
        assertNull(post(rules, "HTTP://127.0.0.1:8181", null, "application/json; charset=UTF-8"));
        assertNull(post(rules, "https://ops.example:443", null, "text/json"), "allow-listed, default port");
        assertEquals(403, post(rules, "http://127.0.0.1:8282", null, "application/json").status(), "other port");
        assertEquals(403, post(rules, "https://127.0.0.1:8181", null, "application/json").status(), "other scheme");
        assertEquals(403, post(rules, "null", null, "application/json").status());
        assertEquals(403, post(rules, null, "http://evil.example/x", "application/json").status());
        assertNull(post(rules, null, "http://127.0.0.1:8181/hawtio/", "application/json"));
        assertNull(post(rules, null, null, "application/json"), "a script without browser headers");
        assertEquals(403, post(strict, null, null, "application/json").status(), "require-origin");
    }

    @Test
    void bodiesMustBeJsonButBodilessRequestsNeedNoType() {
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; b=x"}) {
            assertEquals(415, post(rules, "http://127.0.0.1:8181", null, type).status(), type);
        }
        assertNull(post(rules, "http://127.0.0.1:8181", null, "application/problem+json"));
        assertEquals(415, rules.check("POST", "http", "127.0.0.1:8181", null, null, null, true).status());
        assertNull(rules.check("DELETE", "http", "127.0.0.1:8181", null, null, null, false));
    }

    @Test
    void readsFromAForeignOriginAreRefusedSoNothingIsReflected() {
        assertEquals(403, rules.check("OPTIONS", "http", "127.0.0.1:8181", "http://evil.example", null, null, false).status());
        assertEquals(403, rules.check("GET", "http", "127.0.0.1:8181", "http://evil.example", null, null, false).status());
        assertNull(rules.check("GET", "http", "127.0.0.1:8181", null, "http://evil.example/", null, false),
                "a link from another site still opens (GET changes nothing)");
    }
}
