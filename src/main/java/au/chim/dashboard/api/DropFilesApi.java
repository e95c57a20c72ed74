package au.chim.dashboard.api;

import au.chim.detect.dropfolder.RejectedFiles;
import au.chim.detect.dropfolder.Resubmits;
import au.chim.register.Issue;
import au.chim.register.IssueStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.apache.camel.Exchange;

/**
 * The handlers behind routes/61-api-drop-files.camel.yaml: the quarantined drop files with their reports and issues,
 * and resubmitting one (admins only, like every POST). A resubmission is written to the file's issue history with the
 * operator, the time and the reason. Errors answer as MonitorApi's do (400, 404, 409 with a one-line JSON error).
 */
public class DropFilesApi {
    private static final int REPORT_MAX = 8000;

    private final RejectedFiles rejected;
    private final Resubmits resubmits;
    private final IssueStore issues;
    private final Clock clock;

    public DropFilesApi(RejectedFiles rejected, Resubmits resubmits, IssueStore issues, Clock clock) {
        this.rejected = rejected;
        this.resubmits = resubmits;
        this.issues = issues;
        this.clock = clock;
    }

    /** Every file still in a quarantine (waiting, resubmitted or being verified), oldest first. */
    public Object quarantined(Exchange ex) {
        return answer(ex, () -> rejected.open().stream().map(this::view).toList());
    }

    public Object file(Exchange ex) {
        return answer(ex, () -> view(entry(ex)));
    }

    /** Body {@code {"reason": "...", "force": false}}; force resubmits bytes that were already processed once. */
    public Object resubmit(Exchange ex) {
        return answer(ex, () -> {
            ResubmitRequest body = ex.getMessage().getBody(ResubmitRequest.class);
            String actor = ApiAnswers.actor(ex);
            String reason = body == null ? null : body.reason();
            RejectedFiles.Entry before = entry(ex);
            boolean force = body != null && Boolean.TRUE.equals(body.force());
            RejectedFiles.Entry after = resubmits.resubmit(before.id(), actor, reason, force);
            for (Issue i : issues.openInScope(after.scope())) {
                issues.audit(i.id(), "RESUBMITTED", i.status(), i.status(), actor, (force ? "forced resubmit of " : "resubmitted ")
                        + after.fileName() + (reason == null ? "" : ": " + reason), clock.instant());
            }
            return view(after);
        });
    }

    private Map<String, Object> view(RejectedFiles.Entry e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", e);
        List<Issue> open = issues.openInScope(e.scope());
        out.put("issue", open.isEmpty() ? null : Map.of("id", open.get(0).id(), "status", open.get(0).status(), "summary", open.get(0).summary()));
        out.put("report", report(Path.of(e.quarantinePath())));
        return out;
    }

    private static String report(Path file) {
        Path report = file.resolveSibling(file.getFileName() + ".report.txt");
        try {
            String text = Files.readString(report, StandardCharsets.UTF_8);
            return text.length() <= REPORT_MAX ? text : text.substring(0, REPORT_MAX);
        } catch (IOException e) {
            return null;
        }
    }

    private RejectedFiles.Entry entry(Exchange ex) {
        String raw = ex.getMessage().getHeader("id", String.class);
        long id;
        try {
            id = Long.parseLong(raw == null ? "" : raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("id must be a number (was " + raw + ")");
        }
        return rejected.get(id).orElseThrow(() -> new NoSuchElementException("no quarantined file " + id));
    }

    private static Object answer(Exchange ex, Supplier<Object> work) {
        return ApiAnswers.answer(ex, work);
    }
}
