package au.chim.detect.dropfolder;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Order-independent hash of a set of rows (lane-wise sum of each row's SHA-256), in 32 bytes: two
 * files carry the same PO when they carry the same lines, whatever the row or column order.
 */
final class RowSetHash {
    private static final ThreadLocal<MessageDigest> SHA = ThreadLocal.withInitial(FileHash::sha256);
    private static final ThreadLocal<StringBuilder> ROW = ThreadLocal.withInitial(() -> new StringBuilder(512));
    private final long[] lanes = new long[4];

    void add(DropInterface iface, CsvRow row) {
        MessageDigest md = SHA.get();
        md.reset();
        // the same bytes as one update per value and separator, in one update: this runs for every row
        StringBuilder b = ROW.get();
        b.setLength(0);
        for (String c : iface.expectedHeader()) {
            String v = row.get(c);
            b.append(v == null ? "" : v).append('\u001F');
        }
        md.update(b.toString().getBytes(StandardCharsets.UTF_8));
        ByteBuffer d = ByteBuffer.wrap(md.digest());
        for (int i = 0; i < 4; i++) {
            lanes[i] += d.getLong();
        }
    }

    String hex() {
        ByteBuffer b = ByteBuffer.allocate(32);
        for (long l : lanes) {
            b.putLong(l);
        }
        return HexFormat.of().formatHex(b.array());
    }
}
