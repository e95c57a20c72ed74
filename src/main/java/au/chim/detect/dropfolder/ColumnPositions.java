package au.chim.detect.dropfolder;

import java.util.List;
import java.util.Map;

/**
 * Where each of an interface's columns sits in one file. Every check of every row asks it (some 50 times a row), so it
 * is an open-addressed table on the name's cached hash that compares references first: the validators ask with the
 * same interned names the interface declares.
 */
final class ColumnPositions {
    private final String[] names;
    private final int[] positions;
    private final int mask;
    private final int[] expected;

    /** @param expectedHeader the interface's columns in its declared order, for {@link #expected()} */
    ColumnPositions(Map<String, Integer> columnIndex, List<String> expectedHeader) {
        int size = Integer.highestOneBit(Math.max(4, columnIndex.size() * 4) - 1) << 1;
        names = new String[size];
        positions = new int[size];
        mask = size - 1;
        for (Map.Entry<String, Integer> e : columnIndex.entrySet()) {
            int slot = e.getKey().hashCode() & mask;
            while (names[slot] != null) {
                slot = (slot + 1) & mask;
            }
            names[slot] = e.getKey().intern();
            positions[slot] = e.getValue();
        }
        expected = new int[expectedHeader.size()];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = of(expectedHeader.get(i));
        }
    }

    /** The position of each expected column in declared order (-1 when the file lacks it); do not modify. */
    int[] expected() {
        return expected;
    }

    /** The column's position in the file, -1 when the file lacks it. */
    int of(String column) {
        for (int slot = column.hashCode() & mask; ; slot = (slot + 1) & mask) {
            String n = names[slot];
            if (n == null) {
                return -1;
            }
            if (n == column || n.equals(column)) {
                return positions[slot];
            }
        }
    }
}
