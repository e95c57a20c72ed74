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
    private final long[] lanes = new long[4];

    void add(DropInterface iface, CsvRow row) {
        MessageDigest md = SHA.get();
        md.reset();
        for (String c : iface.expectedHeader()) {
            String v = row.get(c);
            md.update((v == null ? "" : v).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0x1F);
        }
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
