-- Outbound messages that should have left by now but have not, since more than <stuckMinutes> minutes and with no
-- later attempt planned, one issue per cause listing its messages (id, addressee, age; mapper "stuckMessages"):
--   Queued (0) or RetryScheduled (5) and due: the ClickHome Windows Service is not picking them up ("ClickHome outbound queue")
--   Sending (1): the service handed them to the channel's gateway (SMTP relay, GFI FaxMaker, ...) and it has not answered
-- HeldUntilReady (7) is excluded: Advanced Planner holds those on purpose.
-- Reads: tblMessages (index IX_tblMessages_Status), tblSuppliers, tblClients. Cost grows with the unsent messages.
SELECT TOP (10000)
       m.idMessage,
       CASE WHEN m.inStatus = 1 THEN CONCAT(CASE m.inMethod WHEN 1 THEN 'Email' WHEN 2 THEN 'Fax' WHEN 3 THEN 'SMS' WHEN 4 THEN 'JobFile' ELSE 'Message' END, ' gateway')
            ELSE 'ClickHome outbound queue' END AS queueName,
       CASE WHEN m.inStatus = 1 THEN CONCAT('handed to the ', CASE m.inMethod WHEN 1 THEN 'SMTP relay' WHEN 2 THEN 'GFI FaxMaker' WHEN 3 THEN 'SMS gateway' WHEN 4 THEN 'JobFile' ELSE 'gateway' END, ' and still sending')
            ELSE 'waiting for the ClickHome Windows Service' END AS cause,
       CASE WHEN m.inStatus = 1 AND m.inMethod = 1 THEN 'IT: check the SMTP relay ClickHome sends through (reachable, accepting ClickHome''s login), then the ClickHome Windows Service log.'
            WHEN m.inStatus = 1 AND m.inMethod = 2 THEN 'IT: check GFI FaxMaker (service running, a line and a fax device free, subscription valid), then the ClickHome Windows Service log.'
            WHEN m.inStatus = 1 THEN 'IT: check the gateway of this channel, then the ClickHome Windows Service log.'
            ELSE 'IT: check the ClickHome Windows Service is running and not hung (restart it if its log has stopped), then the SMTP relay and GFI FaxMaker.' END AS action,
       COALESCE(s.sgSupplierName, cl.sgClientName, m.sgToAddress, m.sgFaxNumber, 'unknown addressee') AS addressee,
       m.dtQueued,
       DATEDIFF(minute, m.dtQueued, CAST(:#clickhomeNow AS DATETIME2(0))) AS ageMinutes,
       COUNT(*) OVER (PARTITION BY CASE WHEN m.inStatus = 1 THEN 10 + m.inMethod ELSE 0 END) AS stuckMessages,
       SUM(CASE WHEN m.inMethod = 2 THEN 1 ELSE 0 END) OVER (PARTITION BY CASE WHEN m.inStatus = 1 THEN 10 + m.inMethod ELSE 0 END) AS stuckFaxes,
       SUM(CASE WHEN m.inMethod = 1 THEN 1 ELSE 0 END) OVER (PARTITION BY CASE WHEN m.inStatus = 1 THEN 10 + m.inMethod ELSE 0 END) AS stuckEmails,
       MIN(m.dtQueued) OVER (PARTITION BY CASE WHEN m.inStatus = 1 THEN 10 + m.inMethod ELSE 0 END) AS oldestQueued,
       MAX(DATEDIFF(minute, m.dtQueued, CAST(:#clickhomeNow AS DATETIME2(0)))) OVER (PARTITION BY CASE WHEN m.inStatus = 1 THEN 10 + m.inMethod ELSE 0 END) AS oldestMinutes
FROM dbo.tblMessages m
LEFT JOIN dbo.tblSuppliers s ON s.idSupplier = m.fkidSupplier
LEFT JOIN dbo.tblClients cl ON cl.idClient = m.fkidClient
WHERE m.inStatus IN (0, 1, 5)
  AND m.dtQueued < DATEADD(minute, -1 * :#stuckMinutes, CAST(:#clickhomeNow AS DATETIME2(0)))
  AND (m.dtNextAttempt IS NULL OR m.dtNextAttempt < CAST(:#clickhomeNow AS DATETIME2(0)))
ORDER BY queueName, m.dtQueued, m.idMessage
