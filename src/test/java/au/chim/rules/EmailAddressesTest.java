package au.chim.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"jobs@sparkright.example.com.au", "k.nguyen@example.com", "a+b@x.io", " trailing@space.com.au "})
    void ordinaryAddressesAreValid(String email) {
        assertTrue(EmailAddresses.isValid(email), email);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "jobs", "jobs@", "@example.com", "jobs@localhost", "jobs@example.", "jobs@example..com",
            "jobs@@example.com", "Dean <jobs@example.com>", "a@example.com, b@example.com", "jobs at example.com",
            "jobs@[10.0.0.1]", "jobs@example.com\r\nBcc: victim@example.com", "jobs@exa mple.com"})
    void brokenAddressesAreInvalid(String email) {
        assertFalse(EmailAddresses.isValid(email), String.valueOf(email));
    }

    @org.junit.jupiter.api.Test
    void absurdlyLongAddressIsInvalid() {
        assertFalse(EmailAddresses.isValid("a".repeat(250) + "@example.com"));
    }
}
