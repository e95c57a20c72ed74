package au.chim.detect.dropfolder;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Order-independent hash of a set of rows (lane-wise sum of each row's SHA-256), in 32 bytes: two
 * files carry the same PO when they carry the same lines, whatever the row or column order.
 */
final class RowSetHash {
    private final long[] lanes = new long[4];
    private final Scratch scratch;

    /** Buffers shared by the hashes of one file (one thread): this runs for every row, so the digest and text buffer are reused. */
    static final class Scratch {
        final MessageDigest sha = FileHash.sha256();
        final StringBuilder row = new StringBuilder(512);
        final byte[] digest = new byte[32];
        final ByteBuffer lanes = ByteBuffer.wrap(digest);
    }

    RowSetHash(Scratch scratch) {
        this.scratch = scratch;
    }

    void add(CsvRow row) {
        Scratch s = scratch;
        StringBuilder b = s.row;
        b.setLength(0);
        for (int position : row.columns().expected()) { // the interface's columns in declared order, wherever the file has them
            String v = row.at(position);
            b.append(v == null ? "" : v).append('\u001F');
        }
        // the UTF-8 bytes of the joined values, as stored hashes were made (String's own encoder checks ASCII vectorised)
        MessageDigest md = s.sha; // digest() below leaves it reset
        md.update(b.toString().getBytes(StandardCharsets.UTF_8));
        try {
            md.digest(s.digest, 0, 32);
        } catch (DigestException e) {
            throw new IllegalStateException("SHA-256 gives 32 bytes", e);
        }
        for (int i = 0; i < 4; i++) {
            lanes[i] += s.lanes.getLong(i * 8);
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
