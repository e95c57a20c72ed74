package au.chim.notify.render;

import au.chim.routing.ConfigException;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Compiles the email templates under {@code <configDir>/templates} once and keeps them. Names ending in
 * {@code .html} are HTML-escaped ({@code {{x}}} turns {@code <} into {@code &lt;}); {@code .txt} and
 * {@code .subject} are not. Partials ({@code {{> item.html}}}) load from the same folder with the same escaping.
 */
public final class TemplateLoader {
    /** Every template the renderer uses; {@link #checkAll()} compiles them at startup. */
    public static final List<String> KINDS = List.of("alert", "catchup", "support-request", "reminder", "digest", "handoff");
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)*");

    private final Path dir;
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    /** @param configDir the folder holding {@code templates/} (normally {@code config}) */
    public TemplateLoader(Path configDir) {
        this.dir = configDir.resolve("templates");
    }

    /** The templates folder, which also holds {@link EvidenceFields#FILE}. */
    public java.nio.file.Path folder() {
        return dir;
    }

    /** Fails at startup, naming the file, if any template is missing or does not compile. */
    public void checkAll() {
        for (String kind : KINDS) {
            for (String variant : List.of(".subject", ".txt", ".html")) {
                template(kind + variant);
            }
        }
    }

    /** @param name e.g. {@code digest.html}; the file is {@code templates/digest.html.mustache} */
    public Template template(String name) {
        return compiled.computeIfAbsent(name, this::compile);
    }

    private Template compile(String name) {
        boolean html = name.endsWith(".html");
        Mustache.Compiler c = Mustache.compiler().escapeHTML(html).defaultValue("")
                .zeroIsFalse(true).emptyStringIsFalse(true).withLoader(this::reader);
        try (Reader r = reader(name)) {
            return c.compile(r);
        } catch (NoSuchFileException e) {
            throw new ConfigException(shown(name), "", "template missing");
        } catch (IOException | MustacheException e) {
            throw new ConfigException(shown(name), "", "template does not compile: " + e.getMessage(), e);
        }
    }

    private Reader reader(String name) throws IOException {
        if (!NAME.matcher(name).matches()) {
            throw new IOException("bad template name '" + name + "'");
        }
        return Files.newBufferedReader(dir.resolve(name + ".mustache"), StandardCharsets.UTF_8);
    }

    private String shown(String name) {
        return dir.getFileName() + "/" + name + ".mustache";
    }
}
