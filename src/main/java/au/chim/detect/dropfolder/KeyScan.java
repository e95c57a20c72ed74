package au.chim.detect.dropfolder;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
            try (CsvReader<CsvRecord> p = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                    .ofCsvRecord(new InputStreamReader(TimedReads.open(file), facts.charset()))) {
                int col = -1;
                for (CsvRecord r : p) {
                    if (col < 0) {
                        col = index(r.getFields(), iface.keyColumn());
                        if (col < 0) {
                            return Set.of();
                        }
                        continue;
                    }
                    if (col < r.getFieldCount() && !r.getField(col).isBlank()) {
                        keys.add(r.getField(col).strip());
                        if (keys.size() > RejectedFiles.MAX_KEYS) {
                            return Set.of();
                        }
                    }
                }
            }
        } catch (IOException | UncheckedIOException | CsvParseException e) {
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
