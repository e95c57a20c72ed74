-- Outbound messages that should have left by now but have not: Queued (0), Sending (1) or RetryScheduled (5)
-- since more than <stuckMinutes> minutes and with no later attempt planned. One row for the whole queue:
-- when many messages stop at once the cause is the ClickHome Windows Service or the mail/fax gateway.
-- HeldUntilReady (7) is excluded: Advanced Planner holds those on purpose.
-- Reads: tblMessages (index IX_tblMessages_Status). Cost grows with the unsent messages.
SELECT 'ClickHome outbound queue' AS queueName,
       COUNT(*) AS stuckMessages,
       SUM(CASE WHEN m.inMethod = 2 THEN 1 ELSE 0 END) AS stuckFaxes,
       SUM(CASE WHEN m.inMethod = 1 THEN 1 ELSE 0 END) AS stuckEmails,
       MIN(m.dtQueued) AS oldestQueued,
       DATEDIFF(minute, MIN(m.dtQueued), GETDATE()) AS oldestMinutes
FROM dbo.tblMessages m
WHERE m.inStatus IN (0, 1, 5)
  AND m.dtQueued < DATEADD(minute, -1 * :#stuckMinutes, GETDATE())
  AND (m.dtNextAttempt IS NULL OR m.dtNextAttempt < GETDATE())
HAVING COUNT(*) > 0
