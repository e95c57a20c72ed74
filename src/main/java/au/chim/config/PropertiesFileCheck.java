package au.chim.config;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the settings files as written, before Camel parses them. A backslash is an escape in a .properties file, so a
 * Windows path typed as Explorer shows it, {@code D:\ClickHome\PO In} or {@code \\FS01\Integration\PO}, would silently
 * become {@code D:ClickHomePO In} or {@code \FS01IntegrationPO} (and {@code \t}, {@code \n} a tab or a line break): the
 * monitor would watch a folder nobody meant. Such a value stops the start, naming the file, line and key and the way
 * to write it.
 */
public final class PropertiesFileCheck {
    private static final Pattern SETTING = Pattern.compile("^\\s*([^\\s=:#!][^\\s=:]*)\\s*[=:\\s]\\s*(.*)$");
    /** What a .properties value may escape on purpose: a backslash, a separator or comment sign, a space, a unicode escape. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\(?:[\\\\=:#! ]|u[0-9A-Fa-f]{4})");

    private PropertiesFileCheck() {
    }

    /** @throws IllegalStateException for the first value holding a backslash the file format would eat */
    public static void check(List<Path> files) {
        for (Path file : files) {
            if (Files.isReadable(file)) {
                check(file, lines(file));
            }
        }
    }

    static void check(Path file, List<String> lines) {
        boolean continued = false;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            boolean comment = !continued && (line.isBlank() || line.stripLeading().startsWith("#") || line.stripLeading().startsWith("!"));
            if (!comment) {
                Matcher m = SETTING.matcher(line);
                String value = continued || !m.matches() ? line.strip() : m.group(2);
                String key = continued || !m.matches() ? "(continued line)" : m.group(1);
                String lone = ESCAPE.matcher(withoutContinuation(value)).replaceAll("");
                if (lone.contains("\\")) {
                    throw new IllegalStateException(file.getFileName() + " line " + (n + 1) + ", setting " + key + ": " + advice(value));
                }
            }
            continued = !comment && endsWithContinuation(line);
        }
    }

    private static String advice(String written) {
        String slashes = written.replace('\\', '/').replaceAll("/{3,}", "//");
        return "'" + written + "' would be read as '" + asRead(written) + "' because a backslash is an escape in a .properties file. "
                + "Write Windows folders with forward slashes (" + slashes + ", a UNC path as //server/share/folder) or double each "
                + "backslash (" + written.replace("\\", "\\\\") + ")";
    }

    /** The value as java.util.Properties (and so Camel) reads it, with tabs and line breaks made visible. */
    private static String asRead(String written) {
        Properties p = new Properties();
        try {
            p.load(new StringReader("v=" + written));
        } catch (IOException | IllegalArgumentException e) {
            return "nothing: the whole file would fail to load (" + e.getMessage() + ")";
        }
        return p.getProperty("v", "").replace("\t", "<tab>").replace("\n", "<line break>").replace("\r", "<return>").replace("\f", "<form feed>");
    }

    private static boolean endsWithContinuation(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    private static String withoutContinuation(String value) {
        return endsWithContinuation(value) ? value.substring(0, value.length() - 1) : value;
    }

    private static List<String> lines(Path file) {
        try {
            // as UTF-8 with replacement: only backslashes matter here, and a byte that is not UTF-8 must not hide them
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read settings file " + file, e);
        }
    }
}
