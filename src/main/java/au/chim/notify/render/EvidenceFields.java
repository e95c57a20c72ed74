package au.chim.notify.render;

import au.chim.finding.Text;
import au.chim.routing.ConfigException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an issue's stored evidence (the row as {@code column=value} lines, a bounce's {@code key=value} pairs)
 * into the short labelled list an email shows: only the columns named in
 * {@code templates/evidence-fields.properties}, under their human names, in that file's order, without empty
 * or "null" values, datetimes in the reader's zone. The raw row stays in the dashboard.
 */
public final class EvidenceFields {
    /** A labelled value as the templates show it: "PO number: 24017/013". */
    public record Field(String label, String value) {
    }

    public static final String FILE = "evidence-fields.properties";
    private static final Pattern PAIR = Pattern.compile("(?:^|\\s)([A-Za-z][A-Za-z0-9_]*)=");
    private static final int VALUE_MAX = 80;

    private final Map<String, String> labels;
    private final List<String> order;
    private final int max;

    public EvidenceFields(Map<String, String> labelsInOrder, int max) {
        this.labels = new LinkedHashMap<>();
        labelsInOrder.forEach((k, v) -> labels.put(k.toLowerCase(Locale.ROOT), v));
        this.order = List.copyOf(labels.keySet());
        this.max = max;
    }

    /** Reads the labels file; a missing or unreadable file stops start-up naming it. */
    public static EvidenceFields load(Path templatesDir, int max) {
        Path file = templatesDir.resolve(FILE);
        Map<String, String> inOrder = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties p = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    inOrder.put(String.valueOf(key), String.valueOf(value).trim());
                    return super.put(key, value);
                }
            };
            p.load(r);
        } catch (IOException e) {
            throw new ConfigException(templatesDir.getFileName() + "/" + FILE, "", "cannot read: " + e.getMessage(), e);
        }
        return new EvidenceFields(inOrder, max);
    }

    public List<Field> fields(String evidence, TimeText times, java.time.ZoneId reader) {
        if (evidence == null || evidence.isBlank()) {
            return List.of();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : evidence.split("\n")) {
            Matcher m = PAIR.matcher(line);
            List<int[]> at = new ArrayList<>();
            while (m.find()) {
                at.add(new int[] {m.start(1), m.end()});
            }
            for (int i = 0; i < at.size(); i++) {
                String key = line.substring(at.get(i)[0], at.get(i)[1] - 1).toLowerCase(Locale.ROOT);
                String value = line.substring(at.get(i)[1], i + 1 < at.size() ? at.get(i + 1)[0] : line.length()).strip();
                if (labels.containsKey(key) && !value.isEmpty() && !"null".equalsIgnoreCase(value)) {
                    values.putIfAbsent(key, value);
                }
            }
        }
        List<Field> out = new ArrayList<>();
        for (String key : order) {
            String v = values.get(key);
            if (v != null && out.size() < max && out.stream().noneMatch(f -> f.label().equals(labels.get(key)))) {
                out.add(new Field(labels.get(key), Text.oneLine(times.rewrite(v, reader), VALUE_MAX)));
            }
        }
        return List.copyOf(out);
    }
}
