package au.chim.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutingConfigLoaderTest {
    static final Path SHIPPED_RECIPIENTS = Path.of("config/recipients.yaml");
    static final Path SHIPPED_ROUTING = Path.of("config/routing.yaml");

    static Path fixture(String name) {
        try {
            return Path.of(RoutingConfigLoaderTest.class.getResource("/routing/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shippedFilesLoad() {
        RoutingConfig c = TestIssues.shippedConfig();
        assertTrue(c.parties().keySet().containsAll(java.util.List.of("client-it", "accounts-staff", "construction-admin",
                "supervisors", "business-contact", "clickhome-support", "other")));
        assertEquals("business-contact", c.parties().get("clickhome-support").via());
        assertEquals(ZoneId.of("Australia/Brisbane"), c.recipients().get("accounts-qld-team").schedule().zone());
        assertEquals("qld", c.recipients().get("accounts-qld-team").schedule().state());
        assertEquals(5, c.inhibitRules().size());
        assertEquals(3, c.escalation().afterBusinessDays());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown-party.yaml            | routes[1].parties                 | unknown party 'acounts'",
            "nested-unknown-party.yaml     | routes[0].routes[1].parties       | unknown party 'constructon-admin'",
            "unknown-category.yaml         | routes[0].match.category[0]       | unknown category 'po-intergration'",
            "unknown-key.yaml              | routes[1].match.categry           | unknown key 'categry'",
            "bad-severity.yaml             | routes[0].match.severity          | unknown severity 'URGENT'",
            "unknown-inhibit-category.yaml | inhibit[1].targetCategory[1]      | unknown category 'supplier-detail'",
            "lowercase-code.yaml           | routes[0].match.code[0]           | 'po_unknown_supplier' is not an error code"})
    void routingMistakeStopsLoadingAndNamesFileAndPath(String file, String path, String problem) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> RoutingConfigLoader.load(fixture(file), SHIPPED_RECIPIENTS));
        assertEquals(path, e.path(), e.getMessage());
        assertTrue(e.getMessage().startsWith("routing/" + file + ": " + path + ": " + problem), e.getMessage());
    }

    @Test
    void unknownKeyListsTheKeysThatExist() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> RoutingConfigLoader.load(fixture("unknown-key.yaml"), SHIPPED_RECIPIENTS));
        assertTrue(e.getMessage().contains("category") && e.getMessage().contains("businessUnit"), e.getMessage());
    }

    @Test
    void duplicateKeyIsRefusedNotSilentlyOverwritten() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> RoutingConfigLoader.load(fixture("duplicate-key.yaml"), SHIPPED_RECIPIENTS));
        assertTrue(e.getMessage().startsWith("routing/duplicate-key.yaml: ") && e.getMessage().contains("parties"), e.getMessage());
    }

    @Test
    void partyThatReachesNobodyIsRefused() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> RoutingConfigLoader.load(fixture("nobody-party.yaml"), fixture("recipients-empty-party.yaml")));
        assertTrue(e.getMessage().startsWith("routing/nobody-party.yaml: routes[0].parties: party 'other'"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "recipients-unknown-member.yaml | parties.client-it.members[1]   | unknown recipient 'it-helpdsk'",
            "recipients-bad-zone.yaml       | recipients.it-helpdesk.timeZone | unknown time zone 'Australia/Sidney'",
            "recipients-bad-state.yaml      | recipients.it-helpdesk.state    | unknown state 'qlds'",
            "recipients-bad-email.yaml      | recipients.it-helpdesk.email    | not an email address",
            "recipients-unknown-key.yaml    | recipients.it-helpdesk.timezone | unknown key 'timezone'"})
    void recipientsMistakeStopsLoadingAndNamesFileAndPath(String file, String path, String problem) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> RoutingConfigLoader.load(SHIPPED_ROUTING, fixture(file)));
        assertEquals(path, e.path(), e.getMessage());
        assertTrue(e.getMessage().startsWith("routing/" + file + ": " + path + ": " + problem), e.getMessage());
    }

    @Test
    void missingFileSaysWhichFile() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> RoutingConfigLoader.load(Path.of("config/no-such-routing.yaml"), SHIPPED_RECIPIENTS));
        assertTrue(e.getMessage().startsWith("config/no-such-routing.yaml: file not found"), e.getMessage());
    }
}
