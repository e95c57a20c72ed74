package au.chim.routing;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Reads one YAML file strictly; every Jackson failure becomes a {@link ConfigException} naming file and path. */
final class YamlFiles {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private YamlFiles() {
    }

    static <T> T read(Path file, String shown, Class<T> type) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(shown, "", "file not found (" + file.toAbsolutePath() + ")");
        } catch (IOException e) {
            throw new ConfigException(shown, "", "cannot read: " + e.getMessage(), e);
        }
        try {
            T value = YAML.readValue(text, type);
            if (value == null) {
                throw new ConfigException(shown, "", "the file is empty");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : " (known keys: " + e.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")";
            throw new ConfigException(shown, path(e), "unknown key '" + e.getPropertyName() + "'" + known, e);
        } catch (JsonMappingException e) {
            throw new ConfigException(shown, path(e), firstLine(e.getOriginalMessage()) + line(e), e);
        } catch (JsonParseException e) {
            throw new ConfigException(shown, "", "not valid YAML" + line(e) + ": " + firstLine(e.getOriginalMessage()), e);
        } catch (JsonProcessingException e) {
            throw new ConfigException(shown, "", firstLine(e.getOriginalMessage()) + line(e), e);
        }
    }

    /** routes[1].match.categry: indexes in brackets, keys dotted, as a person reads the file. */
    static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String line(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "" : " (line " + e.getLocation().getLineNr() + ")";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid value";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
