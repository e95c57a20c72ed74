package au.chim.detect.dropfolder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The PO content hash is stored between files: it must stay the same bytes whatever the rows' order or characters. */
class RowSetHashTest {
    private static final List<String> HEADER = DropInterface.SUPPLIER.expectedHeader();
    private static final Map<String, Integer> INDEX = IntStream.range(0, HEADER.size()).boxed()
            .collect(Collectors.toMap(HEADER::get, i -> i));

    @Test
    void sameRowsInAnyOrderHashAlikeAndAsTheStoredFormulaDoes() throws Exception {
        List<String> a = row("SPARK01", "Sparkright Electrical Pty Ltd");
        List<String> b = row("CAFE02", "Café Müller & Söhne – Tiling"); // needs UTF-8 beyond ASCII
        assertEquals(hash(a, b), hash(b, a));
        assertEquals(stored(a, b), hash(a, b), "a hash kept in the store from an earlier file must still match");
        assertNotEquals(hash(a, b), hash(a, row("CAFE02", "Cafe Muller")));
    }

    private static List<String> row(String code, String name) {
        String[] v = new String[HEADER.size()];
        Arrays.fill(v, "");
        v[HEADER.indexOf("SupplierCode")] = code;
        v[HEADER.indexOf("SupplierName")] = "  " + name + " "; // values are compared trimmed
        return Arrays.asList(v);
    }

    @SafeVarargs
    private static String hash(List<String>... rows) {
        RowSetHash h = new RowSetHash(new RowSetHash.Scratch());
        for (int i = 0; i < rows.length; i++) {
            h.add(new CsvRow(i + 2, rows[i].toArray(String[]::new), new ColumnPositions(INDEX, HEADER)));
        }
        return h.hex();
    }

    /** The formula as first shipped: per row, SHA-256 of the trimmed values each followed by U+001F, summed lane-wise. */
    @SafeVarargs
    private static String stored(List<String>... rows) throws Exception {
        long[] lanes = new long[4];
        for (List<String> r : rows) {
            StringBuilder s = new StringBuilder();
            for (String v : r) {
                s.append(v.strip()).append('\u001F');
            }
            ByteBuffer d = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8)));
            for (int i = 0; i < 4; i++) {
                lanes[i] += d.getLong();
            }
        }
        ByteBuffer out = ByteBuffer.allocate(32);
        for (long l : lanes) {
            out.putLong(l);
        }
        return HexFormat.of().formatHex(out.array());
    }
}
