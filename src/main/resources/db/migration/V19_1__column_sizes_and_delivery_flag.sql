-- Sizes every column that carries ClickHome or routing data for the longest value those allow, and
-- adds the flag an issue gets when its notification could not be queued (issue 19).
-- T-SQL that SQL Server 2016+ and H2 (MODE=MSSQLServer) both run: a column inside an index is widened
-- by dropping and re-creating that index (SQL Server refuses to change VARCHAR to NVARCHAR under one).

-- Recipient ids are "<party>:<email>" for dynamic recipients (supervisors:<address>): an address may be
-- 320 characters (RFC 3696), the party name and colon fit in the remaining 80.
DROP INDEX ix_monitor_alert_queue_pending ON monitor_alert_queue;
DROP INDEX ix_monitor_alert_queue_issue ON monitor_alert_queue;
ALTER TABLE monitor_alert_queue ALTER COLUMN recipient_id NVARCHAR(400) NOT NULL;
ALTER TABLE monitor_alert_queue ALTER COLUMN recipient_email NVARCHAR(320) NOT NULL;
CREATE INDEX ix_monitor_alert_queue_pending ON monitor_alert_queue (outbox_id, dropped_at, recipient_id);
CREATE INDEX ix_monitor_alert_queue_issue ON monitor_alert_queue (issue_id, recipient_id);

ALTER TABLE monitor_outbox ALTER COLUMN recipient_id NVARCHAR(400) NOT NULL;
ALTER TABLE monitor_outbox ALTER COLUMN recipient_email NVARCHAR(320) NOT NULL;
-- kind:recipient:slot; 450 characters is SQL Server's 900-byte limit for a unique key.
ALTER TABLE monitor_outbox ALTER COLUMN dedup_key NVARCHAR(450) NOT NULL;

-- Set when a transition of the issue could not be queued for the people it routes to (the cause, and when);
-- cleared by the next transition that is queued. Shown in the API and Hawtio with the issue.
ALTER TABLE monitor_issue ADD notify_error NVARCHAR(1000) NULL;
ALTER TABLE monitor_issue ADD notify_error_at DATETIME2 NULL;
