-- Active Construction jobs whose Scheduling Status has been "Updated" (3) for more than <days> days: new
-- PO-driven tasks are waiting for the supervisor to "Mark Complete" on the device (the brown house).
-- Reads: tblContracts, tblUsers, tblBusinessUnits.
SELECT TOP (10000)
       c.sgContractNo, c.sgSuburb, c.dtSchedulingStatusChanged,
       CASE WHEN c.sgSuburb IS NULL OR LTRIM(RTRIM(c.sgSuburb)) = '' THEN '' ELSE CONCAT(' (', c.sgSuburb, ')') END AS jobPlace,
       DATEDIFF(hour, c.dtSchedulingStatusChanged, CAST(:#clickhomeNow AS DATETIME2(0))) / 24 AS daysWaiting,
       COALESCE(u.sgFullName, 'the supervisor') AS supervisorName, u.sgEmail AS supervisorEmail,
       bu.sgName AS businessUnit
FROM dbo.tblContracts c
LEFT JOIN dbo.tblUsers u ON u.idUser = c.fkidSupervisor1
LEFT JOIN dbo.tblBusinessUnits bu ON bu.idBusinessUnit = c.fkidBusinessUnit
WHERE c.inSchedulingStatus = 3
  AND c.inJobType = 4 AND c.inContractStatus = 1
  AND c.dtSchedulingStatusChanged < DATEADD(day, -1 * :#days, CAST(:#clickhomeNow AS DATETIME2(0)))
ORDER BY c.sgContractNo
