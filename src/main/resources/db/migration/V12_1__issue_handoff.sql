-- "Not mine": the party an issue was handed to by a person. It replaces what routing.yaml says for that issue
-- (the work queue, "mine" and later alerts); the audit trail keeps who handed it over, when and why.
CREATE TABLE monitor_issue_handoff (
    issue_id     BIGINT         NOT NULL PRIMARY KEY REFERENCES monitor_issue (id),
    party        VARCHAR(100)   NOT NULL,
    from_parties NVARCHAR(400)  NULL,
    actor        NVARCHAR(100)  NOT NULL,
    reason       NVARCHAR(1000) NOT NULL,
    at           DATETIME2      NOT NULL
);
CREATE INDEX ix_monitor_issue_handoff_party ON monitor_issue_handoff (party);
