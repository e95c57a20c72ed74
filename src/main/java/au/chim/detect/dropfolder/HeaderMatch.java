package au.chim.detect.dropfolder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A file's header matched against an interface's expected columns by name, case-insensitively,
 * in any order.
 *
 * @param columnIndex canonical column name (as the interface spells it) to its position in the file
 * @param added       columns in the file that the interface does not expect, as written
 * @param missing     expected columns the file lacks (canonical names)
 * @param width       number of columns in the header
 */
public record HeaderMatch(Map<String, Integer> columnIndex, List<String> added, List<String> missing, int width) {

    public HeaderMatch {
        // a HashMap: every check of every row looks a column up here, and it answers an interned name on its first compare
        columnIndex = java.util.Collections.unmodifiableMap(new HashMap<>(columnIndex));
        added = List.copyOf(added);
        missing = List.copyOf(missing);
    }

    /** Matches header names; throws when it is not this interface's header at all or lacks a required column. */
    static HeaderMatch of(DropInterface iface, List<String> header) throws UnreadableFileException {
        Map<String, String> canonical = new HashMap<>();
        for (String c : iface.expectedHeader()) {
            canonical.put(c.toLowerCase(Locale.ROOT), c);
        }
        for (String c : iface.optionalExtras()) {
            canonical.put(c.toLowerCase(Locale.ROOT), c);
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> added = new ArrayList<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = clean(header.get(i));
            String canon = canonical.get(name.toLowerCase(Locale.ROOT));
            if (canon == null) {
                if (!name.isEmpty() || i < header.size() - 1) {
                    added.add(name.isEmpty() ? "(blank column " + (i + 1) + ")" : name);
                }
            } else if (index.putIfAbsent(canon, i) != null) {
                duplicates.add(canon);
            }
        }
        if (index.isEmpty()) {
            throw new UnreadableFileException(UnreadableFileException.Reason.WRONG_HEADER,
                    "line 1 is not a " + iface + " header: none of its " + header.size() + " names is an expected column ("
                            + String.join(",", iface.expectedHeader().subList(0, Math.min(4, iface.expectedHeader().size()))) + ",...)");
        }
        if (!duplicates.isEmpty()) {
            throw new UnreadableFileException(UnreadableFileException.Reason.WRONG_HEADER,
                    "header names column(s) " + String.join(", ", duplicates) + " more than once");
        }
        List<String> missing = iface.expectedHeader().stream().filter(c -> !index.containsKey(c)).toList();
        List<String> missingRequired = iface.requiredColumns().stream().filter(missing::contains).toList();
        if (!missingRequired.isEmpty()) {
            throw new UnreadableFileException(UnreadableFileException.Reason.MISSING_COLUMNS,
                    "header lacks required column(s) " + String.join(", ", missingRequired)
                            + (added.isEmpty() ? "" : "; unexpected column(s) " + String.join(", ", added)));
        }
        return new HeaderMatch(index, added, missing, header.size());
    }

    /** True when the columns are exactly the expected ones (order aside). */
    public boolean asExpected() {
        return added.isEmpty() && missing.isEmpty();
    }

    private static String clean(String s) {
        // A BOM that survived decoding (double BOM, or BOM in a Windows-1252 file) is not part of the name.
        return s == null ? "" : s.replace("\uFEFF", "").replace("ï»¿", "").strip();
    }
}
