package au.chim.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Environment variables that override settings of the property files: upper-case the key and replace
 * '.' and '-' with '_' (camel.server.port -> CAMEL_SERVER_PORT, monitor.smtp.host -> MONITOR_SMTP_HOST).
 * Camel's own environment lookup covers only some prefixes and skips every variable ending in _PORT
 * (it takes them for Kubernetes service links), so the monitor maps the files' keys itself: what the
 * README promises then holds for every key a builder's IT person can see in config/.
 */
public final class EnvironmentOverrides {
    private static final Pattern COMMENTED_KEY = Pattern.compile("#\\s*((?:monitor|camel)\\.[\\w.\\-\\[\\]]+)\\s*=.*");

    private EnvironmentOverrides() {
    }

    /** The keys of the files that the environment sets, with the environment's values. */
    public static Properties from(Iterable<Path> propertyFiles, Map<String, String> environment) {
        Properties answer = new Properties();
        for (Path file : propertyFiles) {
            for (String key : keys(file).stringPropertyNames()) {
                String value = environment.get(variableName(key));
                if (value != null) {
                    answer.setProperty(key, value);
                }
            }
        }
        return answer;
    }

    public static String variableName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The keys set in the file, and the optional ones it documents commented out ({@code #key = value}). */
    private static Properties keys(Path file) {
        Properties p = new Properties();
        if (!Files.isReadable(file)) {
            return p;
        }
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            for (String line : Files.readAllLines(file)) {
                Matcher m = COMMENTED_KEY.matcher(line);
                if (m.matches()) {
                    p.putIfAbsent(m.group(1), "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read settings file " + file, e);
        }
        return p;
    }
}
