package au.chim.dashboard.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends requests the way a browser page or an attacker would and writes down each one: what was tried and what
 * the monitor answered. {@link #write} puts the rows in target/security-matrix.md for the README.
 */
final class SecurityProbe {
    /** One request tried: a section of the table, a label, and the answer. */
    record Row(String section, String tried, String who, String request, int status, String answer) {
    }

    /** What a probe answered. */
    record Answer(int status, String body, Map<String, List<String>> headers) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> String.join(",", e.getValue())).findFirst().orElse(null);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, String> passwords;

    /** {@code passwords}: user name to password, for the roles the table names. */
    SecurityProbe(Map<String, String> passwords) {
        this.passwords = passwords;
    }

    /** A request being built: method, URL, optional user, headers and body. */
    final class Call {
        private final String method;
        private final String url;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String user;
        private String password;
        private String body;

        Call(String method, String url) {
            this.method = method;
            this.url = url;
        }

        Call as(String who) {
            if (who != null && !"none".equals(who)) {
                this.user = who;
                this.password = passwords.get(who);
            }
            return this;
        }

        Call password(String pw) {
            this.password = pw;
            return this;
        }

        Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Call json(String json) {
            this.body = json;
            return header("Content-Type", "application/json");
        }

        Call body(String contentType, String text) {
            this.body = text;
            return header("Content-Type", contentType);
        }

        /** Sends, records a row in {@code section} and returns the answer. */
        Answer send(String section, String tried) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            if (user != null) {
                b.header("Authorization", basic(user, password));
            }
            headers.forEach(b::header);
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            Answer a = new Answer(r.statusCode(), r.body(), r.headers().map());
            record(section, tried, user == null ? "none" : user, method + " " + URI.create(url).getRawPath(), a);
            return a;
        }
    }

    Call call(String method, String url) {
        return new Call(method, url);
    }

    /** A GET from another local address (127.0.0.2), which HttpClient cannot choose; answers the status code. */
    int getFrom(String localAddress, String host, int port, String path, String user, String password, String section,
            String tried) throws IOException {
        try (Socket s = new Socket(InetAddress.getByName(host), port, InetAddress.getByName(localAddress), 0)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAuthorization: "
                    + basic(user, password) + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String head = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(head.substring(9, 12));
            rows.add(new Row(section, tried, user, "GET " + path + " from " + localAddress, status, ""));
            return status;
        }
    }

    private void record(String section, String tried, String who, String request, Answer a) {
        String answer = a.body() == null ? "" : a.body().replaceAll("\\s+", " ");
        // A Jolokia reply is 200 on the outside; show the status and error Jolokia put inside.
        java.util.regex.Matcher inner = java.util.regex.Pattern.compile("^\\{\"request\".*\"status\":(\\d+)").matcher(answer);
        if (inner.find() && !"200".equals(inner.group(1))) {
            java.util.regex.Matcher error = java.util.regex.Pattern.compile("\"error\":\"([^\"]*)\"").matcher(answer);
            answer = "Jolokia status " + inner.group(1) + ": " + (error.find() ? error.group(1) : "");
        }
        if (a.header("Retry-After") != null) {
            answer = "Retry-After: " + a.header("Retry-After") + " " + answer;
        }
        rows.add(new Row(section, tried, who, request, a.status(), answer));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes every row as markdown tables, one per section in the order of their numbers. */
    void write(Path file) throws IOException {
        StringBuilder md = new StringBuilder("<!-- written by SecurityMatrixTest and CsrfAndCorsTest; every row was sent to a running monitor -->\n");
        List<String> sections = rows.stream().map(Row::section).distinct().sorted().toList();
        for (String section : sections) {
            md.append("\n#### ").append(section).append("\n\n| tried | as | request | answer |\n|---|---|---|---|\n");
            for (Row r : rows) {
                if (r.section().equals(section)) {
                    md.append("| ").append(cell(r.tried())).append(" | ").append(r.who()).append(" | `")
                            .append(cell(r.request())).append("` | **").append(r.status()).append("** ")
                            .append(cell(shorten(r.answer()))).append(" |\n");
                }
            }
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
    }

    private static String shorten(String s) {
        return s.length() <= 90 ? s : s.substring(0, 87) + "...";
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("`", "'");
    }
}
