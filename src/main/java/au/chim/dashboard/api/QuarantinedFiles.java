package au.chim.dashboard.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * GET /files/quarantined: drop files the monitor would not read (monitor_processed_file), newest first, each with the
 * issue that reports why (the finding names the file in its context), so the work view can open the report.
 */
public class QuarantinedFiles {
    private static final int MAX_ROWS = 200;
    private final JdbcTemplate store;

    public QuarantinedFiles(JdbcTemplate store) {
        this.store = store;
    }

    public Object list(Exchange ex) {
        return ApiAnswers.answer(ex, () -> store.query("SELECT sha256, interface, file_name, rows_total, rows_bad, first_seen, finished_at "
                + "FROM monitor_processed_file WHERE status = 'QUARANTINED' ORDER BY first_seen DESC OFFSET 0 ROWS FETCH NEXT " + MAX_ROWS
                + " ROWS ONLY", (rs, n) -> {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("id", rs.getString("sha256"));
                    r.put("interface", rs.getString("interface"));
                    r.put("fileName", rs.getString("file_name"));
                    r.put("rowsTotal", rs.getObject("rows_total"));
                    r.put("rowsBad", rs.getObject("rows_bad"));
                    r.put("firstSeen", rs.getTimestamp("first_seen").toInstant());
                    report(rs.getString("file_name")).ifPresent(i -> {
                        r.put("issueId", i.get("id"));
                        r.put("report", i.get("summary"));
                    });
                    return r;
                }));
    }

    private java.util.Optional<Map<String, Object>> report(String fileName) {
        String like = "%\"file\":\"" + fileName.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "\"%";
        List<Map<String, Object>> found = store.queryForList("SELECT id, summary FROM monitor_issue WHERE category = 'drop-file' "
                + "AND context_json LIKE ? ESCAPE '\\' ORDER BY last_seen DESC OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY", like);
        return found.stream().findFirst();
    }
}
