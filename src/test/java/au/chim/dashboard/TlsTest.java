package au.chim.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With monitor.dashboard.tls.keystore set, both ports speak HTTPS from that keystore and plain HTTP is off; every
 * answer carries the security headers. The keystore is made by the JDK's keytool for this test.
 */
class TlsTest {
    private static final String PASSWORD = "changeit-test";

    @Test
    void bothPortsServeHttpsOnlyWithSecurityHeaders(@TempDir Path work) throws Exception {
        Path keystore = keystore(work);
        Path users = work.resolve("users.properties");
        Files.write(users, List.of("ann = " + PasswordHashes.hash("ann-pw".toCharArray(), 10_000) + ", viewer"));
        Map<String, String> keys = Map.of("monitor.dashboard.users-file", users.toString(),
                "monitor.dashboard.tls.keystore", keystore.toString(),
                "monitor.dashboard.tls.keystore-password", PASSWORD);
        try (MonitorUnderTest monitor = new MonitorUnderTest(keys, work.resolve("hawtio"))) {
            HttpClient https = HttpClient.newBuilder().sslContext(trusting(keystore)).connectTimeout(Duration.ofSeconds(5)).build();
            String api = "https://127.0.0.1:" + monitor.httpPort;
            HttpResponse<String> ping = https.send(get(api + "/api/ping"), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ping.statusCode(), ping.body());
            assertEquals("nosniff", ping.headers().firstValue("X-Content-Type-Options").orElse(null));
            assertEquals("no-store", ping.headers().firstValue("Cache-Control").orElse(null));
            assertTrue(ping.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
            assertTrue(ping.headers().firstValue("Strict-Transport-Security").isPresent());

            assertTrue(monitor.hawtioUrl().startsWith("https://"), monitor.hawtioUrl());
            HttpResponse<String> hawtio = https.send(get(monitor.hawtioUrl() + "/jolokia/version"),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, hawtio.statusCode(), hawtio.body());
            assertEquals("nosniff", hawtio.headers().firstValue("X-Content-Type-Options").orElse(null));
            assertTrue(hawtio.headers().firstValue("Strict-Transport-Security").isPresent());
            HttpResponse<String> page = https.send(get(monitor.hawtioUrl() + "/"), HttpResponse.BodyHandlers.ofString());
            assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors"),
                    page.headers().map().toString());

            int hawtioPort = URI.create(monitor.hawtioUrl()).getPort();
            for (int port : new int[] {monitor.httpPort, hawtioPort}) {
                String answer = plainHttp(port);
                assertFalse(answer.startsWith("HTTP/"), "plain HTTP must not be served on " + port + ": " + answer);
            }
        }
    }

    /** What a plain-HTTP request gets back: a TLS server answers no HTTP (an alert, or it closes). */
    private static String plainHttp(int port) throws IOException {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("GET /api/ping HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
        } catch (java.net.SocketException | java.net.SocketTimeoutException e) {
            return "connection closed: " + e.getMessage();
        }
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("ann:ann-pw".getBytes(StandardCharsets.UTF_8))).build();
    }

    private static Path keystore(Path dir) throws Exception {
        Path ks = dir.resolve("monitor.p12");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "monitor", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", ks.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "keytool: " + out);
        return ks;
    }

    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }
}
