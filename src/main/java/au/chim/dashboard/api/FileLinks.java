package au.chim.dashboard.api;

import au.chim.detect.dropfolder.FileRowIssues;
import au.chim.register.Issue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The drop-file part of the issue page: a row issue links the file it came from (and that file's issue), a file's own
 * issue lists its row issues with how many there are and how many are still open.
 */
final class FileLinks {
    private final FileRowIssues rows;

    FileLinks(FileRowIssues rows) {
        this.rows = rows;
    }

    /** {@code sourceFile} and {@code fileRows}, each null when it does not apply to the issue. */
    void addTo(Map<String, Object> detail, Issue issue) {
        detail.put("sourceFile", rows.fileOf(issue).map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("fileName", f.fileName());
            m.put("issue", f.issue() == null ? null : brief(f.issue()));
            return m;
        }).orElse(null));
        detail.put("fileRows", rows.rowsOf(issue).map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("total", r.total());
            m.put("open", r.open());
            m.put("items", r.items().stream().map(FileLinks::brief).toList());
            return m;
        }).orElse(null));
    }

    private static Map<String, Object> brief(Issue i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("code", i.code());
        m.put("summary", i.summary());
        m.put("severity", i.severity());
        m.put("status", i.status());
        return m;
    }
}
