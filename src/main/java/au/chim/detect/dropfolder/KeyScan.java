package au.chim.detect.dropfolder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The business keys of a file refused for its layout, read from its key column alone when it has one, so a
 * corrected file that covers the same keys can be recognised as carrying its data. Best effort: any doubt gives none.
 */
final class KeyScan {
    private KeyScan() {
    }

    static Set<String> keys(Path file, DropInterface iface) {
        Set<String> keys = new LinkedHashSet<>();
        try {
            FileFacts facts = FileFacts.of(file);
            try (BufferedReader in = new BufferedReader(new InputStreamReader(TimedReads.open(file), facts.charset()), 64 * 1024);
                 CSVParser p = CSVParser.builder().setReader(in).setFormat(CSVFormat.RFC4180).get()) {
                int col = -1;
                for (CSVRecord r : p) {
                    if (col < 0) {
                        col = index(r.toList(), iface.keyColumn());
                        if (col < 0) {
                            return Set.of();
                        }
                        continue;
                    }
                    if (col < r.size() && !r.get(col).isBlank()) {
                        keys.add(r.get(col).strip());
                        if (keys.size() > RejectedFiles.MAX_KEYS) {
                            return Set.of();
                        }
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return Set.of();
        }
        return keys;
    }

    private static int index(List<String> header, String column) {
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            if (h.equals(column.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }
}
