-- Signed action links in emails (Acknowledge, Fixed, Not mine) work once: a link's id is written here when
-- it is used, and the primary key refuses a second use, also from two requests at the same moment.
-- expires_at says when a row is no longer needed (the link would be refused as expired anyway).
CREATE TABLE monitor_act_token (
    token_id      VARCHAR(40)    NOT NULL PRIMARY KEY,
    issue_id      BIGINT         NOT NULL,
    action        VARCHAR(20)    NOT NULL,      -- ACKNOWLEDGE FIXED NOT_MINE
    recipient_id  VARCHAR(100)   NOT NULL,
    expires_at    DATETIME2      NOT NULL,
    used_at       DATETIME2      NOT NULL
);
CREATE INDEX ix_monitor_act_token_expires ON monitor_act_token (expires_at);
