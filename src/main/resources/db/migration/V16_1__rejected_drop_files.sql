-- Rejected (quarantined) drop files, one row each: the issue keyed by the file stays open until its data is in.
-- status: QUARANTINED (waiting), RESUBMITTING (an operator put a copy back in the In folder; the original stays here
-- until that copy is processed), VERIFYING (a resubmitted or corrected file passed; its keys are being looked for in
-- ClickHome's interface tables until verify_deadline), RESOLVED. T-SQL subset shared by SQL Server 2016+ and H2.
CREATE TABLE monitor_rejected_file (
    id               BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    sha256           CHAR(64)       NOT NULL,
    interface        VARCHAR(30)    NOT NULL,
    source_system    VARCHAR(60)    NOT NULL,
    file_name        NVARCHAR(260)  NOT NULL,   -- as dropped
    quarantine_path  NVARCHAR(1000) NOT NULL,   -- where the file sits now
    reason           VARCHAR(40)    NOT NULL,
    reason_text      NVARCHAR(1000) NOT NULL,
    severity         VARCHAR(10)    NOT NULL,
    scope            VARCHAR(200)   NOT NULL,   -- snapshot scope of its issue
    status           VARCHAR(20)    NOT NULL,
    rejected_at      DATETIME2      NOT NULL,
    same_as          NVARCHAR(260)  NULL,       -- a repeated bad file: the earlier file with the same bytes
    resubmitted_by   NVARCHAR(100)  NULL,
    resubmitted_at   DATETIME2      NULL,
    resubmit_reason  NVARCHAR(1000) NULL,
    resubmit_forced  BIT            NULL,
    resubmit_name    NVARCHAR(260)  NULL,       -- the copy's name in the In folder
    passed_file      NVARCHAR(260)  NULL,       -- the resubmitted or corrected file that carried its data
    verify_deadline  DATETIME2      NULL,
    resolved_at      DATETIME2      NULL,
    resolution       NVARCHAR(1000) NULL
);
CREATE INDEX ix_monitor_rejected_file_status ON monitor_rejected_file (status, interface);
CREATE INDEX ix_monitor_rejected_file_sha ON monitor_rejected_file (sha256, status);

-- Business keys read from a rejected file before it failed (or from its key column): a later file that passes for all
-- of them carries its data.
CREATE TABLE monitor_rejected_key (
    rejected_id   BIGINT        NOT NULL,
    business_key  NVARCHAR(200) NOT NULL,
    CONSTRAINT pk_monitor_rejected_key PRIMARY KEY (rejected_id, business_key)
);
