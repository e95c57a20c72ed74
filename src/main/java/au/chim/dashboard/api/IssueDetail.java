package au.chim.dashboard.api;

import au.chim.finding.Finding;
import au.chim.register.Issue;
import au.chim.register.IssueOperations;
import au.chim.register.IssueStore;
import au.chim.routing.InhibitionRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Everything the issue page shows: the issue, who must act (and whether it was handed over), who was told when
 * and why, the audit timeline, the open parent that explains it (inhibition) and related open issues of the same
 * supplier, purchase order or job; for drop files, the file a row issue came from and the row issues of a file.
 */
public class IssueDetail {
    private static final int MAX_RELATED = 20;
    private final IssueOperations issues;
    private final IssueStore store;
    private final IssueParties parties;
    private final PeopleTold told;
    private final InhibitionRules inhibition;
    private final FileLinks files;

    public IssueDetail(IssueOperations issues, IssueStore store, IssueParties parties, PeopleTold told, InhibitionRules inhibition) {
        this.issues = issues;
        this.store = store;
        this.parties = parties;
        this.told = told;
        this.inhibition = inhibition;
        this.files = new FileLinks(new au.chim.detect.dropfolder.FileRowIssues(store));
    }

    public Map<String, Object> of(long id) {
        Issue issue = issues.get(id).orElseThrow(() -> new NoSuchElementException("no issue " + id));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("issue", issue);
        out.put("businessUnit", issue.context().get(Finding.BUSINESS_UNIT));
        out.put("parties", parties.of(issue));
        out.put("handedTo", parties.handedTo(id).orElse(null));
        out.put("told", told.forIssues(List.of(id)).getOrDefault(id, List.of()));
        out.put("history", issues.history(id));
        out.put("parent", parent(issue));
        out.put("related", related(issue));
        files.addTo(out, issue);
        out.put("allParties", new java.util.TreeSet<>(parties.router().config().parties().keySet()));
        return out;
    }

    private Issue parent(Issue issue) {
        List<String> codes = List.copyOf(inhibition.sourceCodes());
        if (codes.isEmpty() || !issue.status().isOpen()) {
            return null;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(codes.size(), "?"));
        List<Issue> open = new ArrayList<>(store.query("WHERE status <> 'RESOLVED' AND code IN (" + marks + ")", codes.toArray()));
        open.add(issue);
        return inhibition.parentOf(issue, open).orElse(null);
    }

    /** Open issues sharing the supplier code, the entity (PO number, message...) or the job (contract number). */
    private List<Map<String, Object>> related(Issue issue) {
        StringBuilder sql = new StringBuilder("WHERE id <> ? AND status <> 'RESOLVED' AND (entity_key = ?");
        List<Object> args = new ArrayList<>(List.of(issue.id(), issue.entityKey()));
        for (String key : List.of(Finding.SUPPLIER_CODE, Finding.CONTRACT_NO)) {
            String v = issue.context().get(key);
            if (v != null && !v.isBlank()) {
                sql.append(" OR context_json LIKE ? ESCAPE '\\'");
                args.add("%\"" + key + "\":\"" + v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "\"%");
            }
        }
        sql.append(") ORDER BY last_seen DESC, id DESC OFFSET 0 ROWS FETCH NEXT ").append(MAX_RELATED).append(" ROWS ONLY");
        return store.query(sql.toString(), args.toArray()).stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("summary", r.summary());
            m.put("severity", r.severity());
            m.put("status", r.status());
            m.put("why", why(issue, r));
            return m;
        }).toList();
    }

    private static String why(Issue issue, Issue other) {
        if (other.entityKey().equals(issue.entityKey())) {
            return "same " + issue.entityType() + " " + issue.entityKey();
        }
        String supplier = issue.context().get(Finding.SUPPLIER_CODE);
        if (supplier != null && supplier.equals(other.context().get(Finding.SUPPLIER_CODE))) {
            return "same supplier " + supplier;
        }
        return "same job " + issue.context().get(Finding.CONTRACT_NO);
    }
}
