package au.chim.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The baselines the drop-file validation is measured against: the same file parsed and nothing else done. */
final class RawParses {
    private RawParses() {
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }

    /** The baseline: commons-csv over the same bytes with the same format, touching every value. */
    static long commonsCsv(Path file) throws Exception {
        long n = 0;
        long chars = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 64 * 1024);
             CSVParser p = CSVParser.builder().setReader(in).setFormat(CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get()).get()) {
            for (CSVRecord r : p) {
                for (String v : r) {
                    chars += v.length();
                }
                n++;
            }
        }
        return chars > 0 ? n : -1;
    }

    /** The validator's own reader alone (FastCSV), touching every value: what is left is the validation's own work. */
    static long fastCsv(Path file) throws Exception {
        long chars = 0;
        try (CsvReader<CsvRecord> p = CsvReader.builder()
                .allowExtraFields(true).allowMissingFields(true).ofCsvRecord(file, StandardCharsets.UTF_8)) {
            for (CsvRecord r : p) {
                for (String v : r.getFields()) {
                    chars += v.length();
                }
            }
        }
        return chars;
    }
}
