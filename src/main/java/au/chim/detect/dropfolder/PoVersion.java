package au.chim.detect.dropfolder;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Per PO number + version: what is needed after the last row, kept small (no rows). */
final class PoVersion {
    final String poNumber;
    final String version;
    final long firstLine;
    final String firstEvidence;
    final RowSetHash content;
    /** Numeric line numbers in a bit set (a few bytes per PO, whatever the line count); others by text. */
    final BitSet lineNos = new BitSet();
    Set<String> otherLineNos;
    BigDecimal sumEx = BigDecimal.ZERO;
    String statedTotal;
    boolean hadFindings;

    boolean addLine(String lineNo) {
        Optional<Integer> n = FieldValues.integer(lineNo);
        if (n.isPresent()) {
            boolean fresh = !lineNos.get(n.get());
            lineNos.set(n.get());
            return fresh;
        }
        if (otherLineNos == null) {
            otherLineNos = new HashSet<>();
        }
        return otherLineNos.add(lineNo);
    }

    PoVersion(String poNumber, String version, CsvRow first, RowSetHash.Scratch scratch) {
        this.content = new RowSetHash(scratch);
        this.poNumber = poNumber;
        this.version = version;
        this.firstLine = first.line();
        this.firstEvidence = first.evidence();
    }
}
