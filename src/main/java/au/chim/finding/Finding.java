package au.chim.finding;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One observed problem, as a detector saw it. The same problem seen again has the same
 * {@link #fingerprint()}, so the register counts it instead of raising a second issue.
 *
 * @param code            error-catalogue code, e.g. {@code PO_UNKNOWN_SUPPLIER}
 * @param entityType      what the problem is about: supplier, po, message, contract, file, service ...
 * @param entityKey       the business key a person searches for: {@code CONC03}, {@code 24017/013}
 * @param field           the field at fault when one entity can have several independent problems of one code; may be null
 * @param evidence        the row, file line or bounce text that shows it (kept short by {@link Text#clip})
 * @param context         routing attributes (business unit, supplier code, contract no, supervisor email, file, line)
 */
public record Finding(
        String code,
        Category category,
        Severity severity,
        String entityType,
        String entityKey,
        String field,
        String summary,
        String detail,
        String evidence,
        String suggestedAction,
        String source,
        Instant detectedAt,
        Map<String, String> context) {

    /** Context keys the routing rules and templates understand. */
    public static final String BUSINESS_UNIT = "businessUnit";
    public static final String SUPPLIER_CODE = "supplierCode";
    public static final String CONTRACT_NO = "contractNo";
    public static final String SUPERVISOR_EMAIL = "supervisorEmail";
    /** Who a failed message was for: supplier, client or staff (routing: who owns that record). */
    public static final String ADDRESSEE = "addressee";
    /** How it was sent: email, fax, sms or jobfile. */
    public static final String CHANNEL = "channel";
    public static final String FILE = "file";
    public static final String LINE = "line";

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityKey, "entityKey");
        summary = Text.oneLine(Objects.requireNonNull(summary, "summary"), Text.SUMMARY_MAX);
        detail = Text.clip(detail, Text.DETAIL_MAX);
        evidence = Text.clip(evidence, Text.EVIDENCE_MAX);
        suggestedAction = Text.clip(suggestedAction, Text.DETAIL_MAX);
        detectedAt = detectedAt == null ? Instant.now() : detectedAt;
        context = context == null ? Map.of() : Map.copyOf(context);
    }

    /** code + entity (+ field): the identity of the problem across polls, files and restarts. */
    public String fingerprint() {
        return code + "|" + entityType + ":" + entityKey + (field == null || field.isBlank() ? "" : "|" + field);
    }

    public static Builder builder(String code, Category category, Severity severity) {
        return new Builder(code, category, severity);
    }

    /** Fluent construction: detectors set only what they know. */
    public static final class Builder {
        private final String code;
        private final Category category;
        private final Severity severity;
        private String entityType;
        private String entityKey;
        private String field;
        private String summary;
        private String detail;
        private String evidence;
        private String suggestedAction;
        private String source;
        private Instant detectedAt;
        private final Map<String, String> context = new LinkedHashMap<>();

        private Builder(String code, Category category, Severity severity) {
            this.code = code;
            this.category = category;
            this.severity = severity;
        }

        public Builder entity(String type, String key) {
            this.entityType = type;
            this.entityKey = key;
            return this;
        }

        public Builder field(String field) {
            this.field = field;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder detail(String detail) {
            this.detail = detail;
            return this;
        }

        public Builder evidence(String evidence) {
            this.evidence = evidence;
            return this;
        }

        public Builder suggestedAction(String suggestedAction) {
            this.suggestedAction = suggestedAction;
            return this;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public Builder detectedAt(Instant detectedAt) {
            this.detectedAt = detectedAt;
            return this;
        }

        /** Null or blank values are left out so templates and rules never see "null". */
        public Builder context(String key, Object value) {
            if (value != null && !String.valueOf(value).isBlank()) {
                context.put(key, String.valueOf(value).trim());
            }
            return this;
        }

        public Finding build() {
            return new Finding(code, category, severity, entityType, entityKey, field, summary, detail, evidence,
                    suggestedAction, source, detectedAt, context);
        }
    }
}
