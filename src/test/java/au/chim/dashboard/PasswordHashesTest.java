package au.chim.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PasswordHashesTest {

    @Test
    void hashVerifiesOnlyTheSamePassword() {
        String h = PasswordHashes.hash("s3cret!".toCharArray(), 20_000);
        assertTrue(h.startsWith("pbkdf2-sha256$20000$"), h);
        assertTrue(PasswordHashes.verify("s3cret!".toCharArray(), h));
        assertFalse(PasswordHashes.verify("s3cret".toCharArray(), h));
        assertFalse(PasswordHashes.verify("".toCharArray(), h));
    }

    @Test
    void twoHashesOfOnePasswordDifferBySalt() {
        String a = PasswordHashes.hash("pw".toCharArray(), 20_000);
        String b = PasswordHashes.hash("pw".toCharArray(), 20_000);
        assertNotEquals(a, b);
        assertTrue(PasswordHashes.verify("pw".toCharArray(), b));
    }

    @Test
    void defaultHashUsesTheRecommendedIterations() {
        String h = PasswordHashes.hash("pw".toCharArray());
        assertEquals("210000", h.split("\\$")[1]);
        assertNull(PasswordHashes.problem(h));
    }

    @Test
    void malformedOrWeakenedHashesNeverMatchAndSayWhy() {
        String good = PasswordHashes.hash("pw".toCharArray(), 20_000);
        String weakened = good.replace("$20000$", "$1$");
        assertFalse(PasswordHashes.verify("pw".toCharArray(), weakened));
        assertTrue(PasswordHashes.problem(weakened).contains("iteration count"), PasswordHashes.problem(weakened));
        assertNotNull(PasswordHashes.problem("pbkdf2-sha256$20000$!!!$abc"));
        assertNotNull(PasswordHashes.problem("pbkdf2-sha256$20000$onlythree"));
        assertNotNull(PasswordHashes.problem("pw"));
        assertFalse(PasswordHashes.verify("pw".toCharArray(), "pw"));
    }

    @Test
    void cliPrintsAHashOfTheArgument() throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            PasswordHashes.main(new String[] {"hunter2"});
        } finally {
            System.setOut(old);
        }
        String printed = buf.toString(StandardCharsets.UTF_8).strip();
        assertTrue(PasswordHashes.verify("hunter2".toCharArray(), printed), printed);
    }
}
