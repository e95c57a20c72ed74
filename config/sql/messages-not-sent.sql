-- Outbound messages that should have left by now but have not, since more than <stuckMinutes> minutes and with no
-- later attempt planned, one issue per cause listing its messages (id, addressee, age; mapper "stuckMessages"):
--   Queued (0) or RetryScheduled (5) and due: the ClickHome Windows Service is not picking them up ("ClickHome outbound queue")
--   Sending (1): the service handed them to the channel's gateway (SMTP relay, GFI FaxMaker, ...) and it has not answered
--   a status above 7 (ClickHome's statuses are 0-7): MSG_STATUS_UNKNOWN, reported as unknown rather than guessed
-- HeldUntilReady (7) is excluded: Advanced Planner holds those on purpose.
-- Reads: tblMessages (index IX_tblMessages_Status), tblSuppliers, tblClients. Cost grows with the unsent messages.
SELECT TOP (10000)
       m.idMessage,
       CASE WHEN m.inStatus > 7 THEN 'MSG_STATUS_UNKNOWN' ELSE 'MSG_NOT_SENT' END AS code,
       CASE WHEN m.inStatus > 7 THEN 'WARNING' ELSE 'CRITICAL' END AS severity,
       CASE WHEN m.inStatus > 7 THEN CONCAT('ClickHome message status ', m.inStatus)
            WHEN m.inStatus = 1 THEN CONCAT(CASE m.inMethod WHEN 1 THEN 'Email' WHEN 2 THEN 'Fax' WHEN 3 THEN 'SMS' WHEN 4 THEN 'JobFile' ELSE 'Message' END, ' gateway')
            ELSE 'ClickHome outbound queue' END AS queueName,
       CASE WHEN m.inStatus > 7 THEN CONCAT('in status ', m.inStatus, ', which the monitor does not know')
            WHEN m.inStatus = 1 THEN CONCAT('handed to the ', CASE m.inMethod WHEN 1 THEN 'SMTP relay' WHEN 2 THEN 'GFI FaxMaker' WHEN 3 THEN 'SMS gateway' WHEN 4 THEN 'JobFile' ELSE 'gateway' END, ' and still sending')
            ELSE 'waiting for the ClickHome Windows Service' END AS cause,
       CASE WHEN m.inStatus > 7 THEN 'IT: find out from ClickHome Support (through the business contact) what this message status means; the monitor reports it until it knows.'
            WHEN m.inStatus = 1 AND m.inMethod = 1 THEN 'IT: check the SMTP relay ClickHome sends through (reachable, accepting ClickHome''s login), then the ClickHome Windows Service log.'
            WHEN m.inStatus = 1 AND m.inMethod = 2 THEN 'IT: check GFI FaxMaker (service running, a line and a fax device free, subscription valid), then the ClickHome Windows Service log.'
            WHEN m.inStatus = 1 THEN 'IT: check the gateway of this channel, then the ClickHome Windows Service log.'
            ELSE 'IT: check the ClickHome Windows Service is running and not hung (restart it if its log has stopped), then the SMTP relay and GFI FaxMaker.' END AS action,
       COALESCE(s.sgSupplierName, cl.sgClientName, m.sgToAddress, m.sgFaxNumber, 'unknown addressee') AS addressee,
       m.dtQueued,
       DATEDIFF(minute, m.dtQueued, CAST(:#clickhomeNow AS DATETIME2(0))) AS ageMinutes,
       COUNT(*) OVER (PARTITION BY CASE WHEN m.inStatus = 1 THEN 10 + m.inMethod WHEN m.inStatus > 7 THEN 100 + m.inStatus ELSE 0 END) AS stuckMessages,
       SUM(CASE WHEN m.inMethod = 2 THEN 1 ELSE 0 END) OVER (PARTITION BY CASE WHEN m.inStatus = 1 THEN 10 + m.inMethod WHEN m.inStatus > 7 THEN 100 + m.inStatus ELSE 0 END) AS stuckFaxes,
       SUM(CASE WHEN m.inMethod = 1 THEN 1 ELSE 0 END) OVER (PARTITION BY CASE WHEN m.inStatus = 1 THEN 10 + m.inMethod WHEN m.inStatus > 7 THEN 100 + m.inStatus ELSE 0 END) AS stuckEmails,
       MIN(m.dtQueued) OVER (PARTITION BY CASE WHEN m.inStatus = 1 THEN 10 + m.inMethod WHEN m.inStatus > 7 THEN 100 + m.inStatus ELSE 0 END) AS oldestQueued,
       MAX(DATEDIFF(minute, m.dtQueued, CAST(:#clickhomeNow AS DATETIME2(0)))) OVER (PARTITION BY CASE WHEN m.inStatus = 1 THEN 10 + m.inMethod WHEN m.inStatus > 7 THEN 100 + m.inStatus ELSE 0 END) AS oldestMinutes
FROM (SELECT x.* FROM dbo.tblMessages x
      WHERE x.inStatus IN (0, 1, 5)
        AND x.dtQueued < DATEADD(minute, -1 * :#stuckMinutes, CAST(:#clickhomeNow AS DATETIME2(0)))
        AND (x.dtNextAttempt IS NULL OR x.dtNextAttempt < CAST(:#clickhomeNow AS DATETIME2(0)))
      UNION ALL
      SELECT x.* FROM dbo.tblMessages x
      WHERE x.inStatus > 7) m
LEFT JOIN dbo.tblSuppliers s ON s.idSupplier = m.fkidSupplier
LEFT JOIN dbo.tblClients cl ON cl.idClient = m.fkidClient
ORDER BY queueName, m.dtQueued, m.idMessage
