package au.chim.config;

import au.chim.AppHome;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.util.TimeUtils;

/**
 * Typed access to the monitor's settings (config/application.properties, profiles, environment).
 * A missing or malformed value fails fast with the key and the value, never with a bare
 * NumberFormatException from deep inside a route.
 */
public final class Settings {
    /** The settings files are read as UTF-8 (what Notepad saves), not java.util.Properties' Latin-1. */
    public static final String FILE_ENCODING = "UTF-8";
    /** A drive letter without a separator after it, a UNC path with one leading backslash, or an escape turned into a control character. */
    private static final Pattern LOST_BACKSLASHES = Pattern.compile("^[A-Za-z]:[^/\\\\]|^\\\\[^\\\\]|[\\t\\n\\r\\f]");
    private final PropertiesComponent properties;

    public Settings(CamelContext context) {
        this.properties = context.getPropertiesComponent();
    }

    public Optional<String> optional(String key) {
        return properties.resolveProperty(key).map(String::trim).filter(v -> !v.isEmpty());
    }

    public String string(String key) {
        return optional(key).orElseThrow(() -> new IllegalStateException("setting " + key + " is required (config/application.properties)"));
    }

    public String string(String key, String fallback) {
        return optional(key).orElse(fallback);
    }

    public boolean flag(String key, boolean fallback) {
        return optional(key).map(v -> parse(key, v, s -> {
            if (!s.equalsIgnoreCase("true") && !s.equalsIgnoreCase("false")) {
                throw new IllegalArgumentException("expected true or false");
            }
            return Boolean.parseBoolean(s);
        })).orElse(fallback);
    }

    public int integer(String key, int fallback, int min) {
        int value = optional(key).map(v -> parse(key, v, Integer::parseInt)).orElse(fallback);
        if (value < min) {
            throw new IllegalStateException("setting " + key + " must be >= " + min + " (was " + value + ")");
        }
        return value;
    }

    /** Camel duration syntax: 500ms, 30s, 5m, 2h, 1d, or plain milliseconds. */
    public Duration duration(String key, String fallback) {
        String v = optional(key).orElse(fallback);
        return parse(key, v, TimeUtils::toDuration);
    }

    public ZoneId zone(String key, String fallback) {
        return parse(key, optional(key).orElse(fallback), ZoneId::of);
    }

    /**
     * A path setting resolved against the application home unless absolute. Windows paths may use forward slashes
     * (D:/ClickHome/PO In, //FS01/Integration/PO); one that lost its backslashes on the way (a properties file eats a
     * single one: D:ClickHomePO In) is refused, naming the key.
     */
    public Path path(String key, String fallback) {
        String v = optional(key).orElse(fallback);
        if (LOST_BACKSLASHES.matcher(v).find()) {
            throw new IllegalStateException("setting " + key + " = '" + v.replace("\t", "<tab>").replace("\n", "<line break>")
                    + "' looks like a Windows path that lost its backslashes: write it with forward slashes (D:/ClickHome/PO In, "
                    + "//FS01/Integration/PO) or double each backslash in a .properties file");
        }
        return AppHome.resolve(v);
    }


    private static <T> T parse(String key, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw new IllegalStateException("setting " + key + " has an invalid value '" + value + "': " + e.getMessage(), e);
        }
    }
}
