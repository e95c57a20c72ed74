package au.chim.detect.clickhome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds the rows of one problem (same rendered entity key) into one row, so one issue lists its members
 * (the suppliers sharing an ABN, the messages stuck behind one gateway) instead of one issue per member.
 * Portable SQL returns the members as rows: string aggregation (STRING_AGG) needs SQL Server 2017.
 */
final class RowFolding {
    private RowFolding() {
    }

    /**
     * @param item      Mustache template rendering one member (e.g. {@code {{sgSupplierCode}}})
     * @param into      column of the folded row holding the members, joined with ", "; {@code <into>Count} holds how many
     * @param maxListed members named at most; the rest are counted ("and 12 more")
     */
    static List<Map<String, Object>> fold(CheckDefinition check, List<Map<String, Object>> rows, DeclaredRowMapper render,
                                          String item, String into, int maxListed) {
        Map<String, List<Map<String, Object>>> byEntity = new LinkedHashMap<>();
        for (Map<String, Object> raw : rows) {
            Map<String, Object> row = DeclaredRowMapper.caseInsensitive(raw);
            String key = render.render(check.entityType(), row) + ":" + render.render(check.entityKey(), row) + ":" + row.get("code");
            byEntity.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        List<Map<String, Object>> folded = new ArrayList<>(byEntity.size());
        for (List<Map<String, Object>> members : byEntity.values()) {
            Map<String, Object> first = DeclaredRowMapper.caseInsensitive(members.get(0));
            List<String> names = new ArrayList<>();
            for (int i = 0; i < members.size() && i < maxListed; i++) {
                names.add(render.render(item, members.get(i)));
            }
            String listed = String.join(", ", names);
            if (members.size() > maxListed) {
                listed += " and " + (members.size() - maxListed) + " more";
            }
            first.put(into, listed);
            first.put(into + "Count", members.size());
            folded.add(first);
        }
        return folded;
    }
}
