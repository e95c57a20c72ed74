package au.chim.detect.dropfolder;

import au.chim.testsupport.TestMonitor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The monitor's REST API as a logged-in user calls it from the dashboard (same origin, JSON). */
final class DropApi {
    private final HttpClient http = HttpClient.newHttpClient();
    private final TestMonitor monitor;

    DropApi(TestMonitor monitor) {
        this.monitor = monitor;
    }

    HttpResponse<String> call(String method, String path, String user, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(monitor.http() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Origin", monitor.http())
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestMonitor.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
