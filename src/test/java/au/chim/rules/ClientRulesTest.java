package au.chim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientRulesTest {
    private final ClientRules rules = new ClientRules("test");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "Nguyen from the brief     | k.nguyen@example.com | 0491 570 157   | NULL         | NSW  | 2570 | ",
            "email only                | k@example.com        | NULL           | NULL         | NULL | NULL | ",
            "mobile only               | NULL                 | +61491570157   | NULL         | NULL | NULL | ",
            "nothing                   | NULL                 | NULL           | (02) 5550 1234 | NULL | NULL | CLI_CONTACT_MISSING",
            "bad email, landline mobile| k@                   | (02) 5550 1234 | NULL         | NULL | NULL | CLI_EMAIL_INVALID CLI_PHONE_INVALID CLI_CONTACT_MISSING",
            "bad email, good mobile    | k@                   | 0491 570 157   | NULL         | NULL | NULL | CLI_EMAIL_INVALID",
            "bad phone                 | k@example.com        | NULL           | 12           | NULL | NULL | CLI_PHONE_INVALID",
            "QLD postcode in NSW       | k@example.com        | NULL           | NULL         | NSW  | 4305 | CLI_ADDRESS_INVALID",
            "state without postcode    | k@example.com        | NULL           | NULL         | NSW  | NULL | CLI_ADDRESS_INVALID",
            "lower-case state          | k@example.com        | NULL           | NULL         | act  | 2600 | ",
    })
    void reportsClientProblems(String name, String email, String mobile, String phone, String state, String postcode, String expected) {
        List<Finding> findings = rules.check(new ClientRecord("NGUY01", "Mr J & Mrs K Nguyen", email, mobile, phone, state, postcode));
        List<String> want = expected == null ? List.of() : Arrays.stream(expected.trim().split("\\s+")).sorted().toList();
        assertEquals(want, findings.stream().map(Finding::code).sorted().toList(), name);
        findings.forEach(f -> {
            assertEquals(Category.CLIENT_DETAILS, f.category());
            assertEquals("client:NGUY01", f.entityType() + ":" + f.entityKey());
        });
    }
}
