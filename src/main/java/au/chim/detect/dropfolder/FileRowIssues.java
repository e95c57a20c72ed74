package au.chim.detect.dropfolder;

import au.chim.finding.Finding;
import au.chim.finding.FindingSnapshot;
import au.chim.register.Issue;
import au.chim.register.IssueStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a drop file's own issue and its row issues find each other in the store: each row finding carries its file's key
 * ({@link FileRowsNotice#SOURCE_FILE}, the file issue's entity key), so a row issue names the file it was last seen in and
 * a file issue lists the rows that name it. Also settles a file's row summary once none of its row issues is open.
 */
public final class FileRowIssues {
    /** Rows listed on a file's issue; the counts cover them all. */
    static final int MAX_LISTED = 200;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final List<String> FILE_CODES = List.of(FileRowsNotice.CODE, "DROP_FILE_REJECTED");

    /** The file a row issue came from, and that file's own issue when there is one. */
    public record SourceFile(String fileName, Issue issue) {
    }

    /** The row issues of one file: how many, how many still open, and the first {@link #MAX_LISTED} (open first). */
    public record FileRows(int total, int open, List<Issue> items) {
    }

    private final IssueStore store;

    public FileRowIssues(IssueStore store) {
        this.store = store;
    }

    /** The file of a row issue of a drop file; empty for any other issue. */
    public Optional<SourceFile> fileOf(Issue row) {
        String key = row.context().get(FileRowsNotice.SOURCE_FILE);
        if (key == null || FILE_CODES.contains(row.code())) {
            return Optional.empty();
        }
        // its row summary, else (a refused file's resubmitted copy) the refusal: the newest issue of the file
        Issue file = FILE_CODES.stream().map(code -> store.byFingerprint(code + "|drop-file:" + key)).flatMap(Optional::stream)
                .max(java.util.Comparator.comparingLong(Issue::id)).orElse(null);
        return Optional.of(new SourceFile(row.context().getOrDefault(Finding.FILE, key), file));
    }

    /** The row issues of a drop file's own issue (row summary or rejection: a refused file has none); empty for any other issue. */
    public Optional<FileRows> rowsOf(Issue file) {
        if (!"drop-file".equals(file.entityType()) || !FILE_CODES.contains(file.code())) {
            return Optional.empty();
        }
        String like = pattern(file.entityKey());
        Map<String, Object> counts = store.jdbc().queryForMap("SELECT COUNT(*) AS total, COALESCE(SUM(CASE WHEN status <> 'RESOLVED' "
                + "THEN 1 ELSE 0 END), 0) AS open_rows FROM monitor_issue WHERE context_json LIKE ? ESCAPE '\\'", like);
        List<Issue> items = store.query("WHERE context_json LIKE ? ESCAPE '\\' ORDER BY CASE WHEN status = 'RESOLVED' THEN 1 ELSE 0 END, "
                + "id OFFSET 0 ROWS FETCH NEXT " + MAX_LISTED + " ROWS ONLY", like);
        return Optional.of(new FileRows(((Number) counts.get("total")).intValue(), ((Number) counts.get("open_rows")).intValue(), items));
    }

    /** Empty snapshots for the open row summaries none of whose row issues is open any more: the register resolves them. */
    public List<FindingSnapshot> settled() {
        List<Issue> files = store.query("WHERE status <> 'RESOLVED' AND code = ?", FileRowsNotice.CODE);
        if (files.isEmpty()) {
            return List.of();
        }
        Set<String> busy = new HashSet<>();
        // only the context of the open rows: there may be thousands, and this runs every verify-interval
        for (String json : store.jdbc().queryForList("SELECT context_json FROM monitor_issue WHERE status <> 'RESOLVED' "
                + "AND context_json LIKE ?", String.class, "%\"" + FileRowsNotice.SOURCE_FILE + "\":%")) {
            sourceFile(json).ifPresent(busy::add);
        }
        List<FindingSnapshot> out = new ArrayList<>();
        for (Issue file : files) {
            if (!busy.contains(file.entityKey()) && file.scope() != null) {
                out.add(new FindingSnapshot(file.scope(), List.of()));
            }
        }
        return out;
    }

    private static Optional<String> sourceFile(String contextJson) {
        try {
            return Optional.ofNullable(JSON.readTree(contextJson).get(FileRowsNotice.SOURCE_FILE)).map(n -> n.asText());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Optional.empty(); // a context clipped by the store: that row cannot keep a file open
        }
    }

    /** The JSON the store keeps the context in (IssueStore), as a LIKE pattern with % _ and \ escaped. */
    private static String pattern(String fileKey) {
        String json = "\"" + FileRowsNotice.SOURCE_FILE + "\":\"" + fileKey.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return "%" + json.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
