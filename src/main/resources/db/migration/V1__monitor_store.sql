-- The monitor's own store: issue register, audit trail, alert queue, outbox, detector state.
-- Written in the T-SQL subset that SQL Server 2016+ and H2 (MODE=MSSQLServer) both accept
-- (no IF/BEGIN, no NONCLUSTERED, no SYSDATETIME), so one migration serves production and the demo.
-- All times are UTC instants written by the monitor; nothing here compares with GETDATE().

CREATE TABLE monitor_issue (
    id                BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    fingerprint       NVARCHAR(450)  NOT NULL,   -- code|entityType:entityKey[|field]; 450 keeps SQL Server's index key under 900 bytes
    code              VARCHAR(60)    NOT NULL,
    category          VARCHAR(40)    NOT NULL,
    severity          VARCHAR(10)    NOT NULL,   -- INFO WARNING ERROR CRITICAL
    entity_type       VARCHAR(40)    NOT NULL,
    entity_key        NVARCHAR(200)  NOT NULL,
    field             NVARCHAR(100)  NULL,
    summary           NVARCHAR(300)  NOT NULL,
    detail            NVARCHAR(2000) NULL,
    evidence          NVARCHAR(4000) NULL,
    suggested_action  NVARCHAR(2000) NULL,
    source            VARCHAR(100)   NULL,       -- detector / route that saw it
    scope             VARCHAR(200)   NULL,       -- snapshot scope that owns it (null for event findings)
    context_json      NVARCHAR(2000) NULL,       -- routing attributes as JSON
    status            VARCHAR(20)    NOT NULL,   -- NEW OPEN ACKNOWLEDGED SNOOZED RESOLVED
    first_seen        DATETIME2      NOT NULL,
    last_seen         DATETIME2      NOT NULL,
    occurrences       INT            NOT NULL,
    resolved_at       DATETIME2      NULL,
    acknowledged_by   NVARCHAR(100)  NULL,
    acknowledged_at   DATETIME2      NULL,
    ack_note          NVARCHAR(1000) NULL,
    snoozed_until     DATETIME2      NULL,
    snooze_reason     NVARCHAR(1000) NULL,
    last_notified_at  DATETIME2      NULL,       -- start of the flap window
    CONSTRAINT uq_monitor_issue_fingerprint UNIQUE (fingerprint)
);
CREATE INDEX ix_monitor_issue_status ON monitor_issue (status, category);
CREATE INDEX ix_monitor_issue_scope ON monitor_issue (scope, status);
CREATE INDEX ix_monitor_issue_entity ON monitor_issue (entity_key);

CREATE TABLE monitor_issue_audit (
    id           BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    issue_id     BIGINT         NOT NULL REFERENCES monitor_issue (id),
    at           DATETIME2      NOT NULL,
    transition   VARCHAR(20)    NOT NULL,        -- NEW REOPENED RESOLVED ACKNOWLEDGED SNOOZED UNSNOOZED ...
    from_status  VARCHAR(20)    NULL,
    to_status    VARCHAR(20)    NOT NULL,
    actor        NVARCHAR(100)  NOT NULL,        -- detector name, or the operator's login
    reason       NVARCHAR(1000) NULL
);
CREATE INDEX ix_monitor_issue_audit_issue ON monitor_issue_audit (issue_id, at);

-- Transitions waiting to be grouped into one email per recipient (group wait / group interval).
CREATE TABLE monitor_alert_queue (
    id            BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    recipient_id  VARCHAR(100)   NOT NULL,
    recipient_email NVARCHAR(254) NOT NULL,
    issue_id      BIGINT         NOT NULL REFERENCES monitor_issue (id),
    transition    VARCHAR(20)    NOT NULL,
    severity      VARCHAR(10)    NOT NULL,
    reason        NVARCHAR(1000) NOT NULL,       -- which rule made this recipient get it
    support_request BIT          NOT NULL DEFAULT 0, -- 1: sent as a ready-to-forward ClickHome support request
    created_at    DATETIME2      NOT NULL,
    outbox_id     BIGINT         NULL,           -- set when the item went into an email
    dropped_at    DATETIME2      NULL            -- set when policy decided it needs no email (resolution notices off)
);
CREATE INDEX ix_monitor_alert_queue_pending ON monitor_alert_queue (outbox_id, dropped_at, recipient_id);
CREATE INDEX ix_monitor_alert_queue_issue ON monitor_alert_queue (issue_id, recipient_id);

-- Every email, written before it is sent; the sender marks it SENT only after the SMTP server accepted it.
CREATE TABLE monitor_outbox (
    id               BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    kind             VARCHAR(20)    NOT NULL,    -- ALERT DIGEST REMINDER ESCALATION
    dedup_key        NVARCHAR(200)  NOT NULL,    -- e.g. digest:accounts-anna:2026-11-23; a second write is refused
    recipient_id     VARCHAR(100)   NOT NULL,
    recipient_email  NVARCHAR(254)  NOT NULL,
    subject          NVARCHAR(400)  NOT NULL,
    body_text        NVARCHAR(MAX)  NOT NULL,
    body_html        NVARCHAR(MAX)  NULL,
    attachment_name  NVARCHAR(200)  NULL,
    attachment_type  VARCHAR(100)   NULL,
    attachment_body  NVARCHAR(MAX)  NULL,        -- text attachments only (CSV)
    status           VARCHAR(20)    NOT NULL,    -- PENDING SENT FAILED
    attempts         INT            NOT NULL,
    next_attempt_at  DATETIME2      NOT NULL,
    last_error       NVARCHAR(1000) NULL,
    message_id       NVARCHAR(250)  NOT NULL,    -- fixed at write time so a resend carries the same Message-ID
    created_at       DATETIME2      NOT NULL,
    sent_at          DATETIME2      NULL,
    CONSTRAINT uq_monitor_outbox_dedup UNIQUE (dedup_key),
    CONSTRAINT uq_monitor_outbox_message_id UNIQUE (message_id)
);
CREATE INDEX ix_monitor_outbox_due ON monitor_outbox (status, next_attempt_at);

-- Small key/value state per detector or stage: watermarks, last run, last digest per recipient.
CREATE TABLE monitor_state (
    owner        VARCHAR(100)   NOT NULL,
    state_key    NVARCHAR(400)  NOT NULL,
    state_value  NVARCHAR(4000) NULL,
    updated_at   DATETIME2      NOT NULL,
    CONSTRAINT pk_monitor_state PRIMARY KEY (owner, state_key)
);

-- Drop-folder files already processed, by content hash: the same content dropped twice is reported, not reprocessed.
CREATE TABLE monitor_processed_file (
    sha256        CHAR(64)       NOT NULL PRIMARY KEY,
    interface     VARCHAR(30)    NOT NULL,
    file_name     NVARCHAR(260)  NOT NULL,
    status        VARCHAR(20)    NOT NULL,       -- PROCESSING PROCESSED QUARANTINED
    rows_total    INT            NULL,
    rows_bad      INT            NULL,
    first_seen    DATETIME2      NOT NULL,
    finished_at   DATETIME2      NULL
);
