-- Messages ClickHome keeps retrying: RetryScheduled (5) with <maxAttempts> attempts or more.
-- They are not Failed yet, but the trade has not received its call-up.
-- Reads: tblMessages (index IX_tblMessages_Status), tblSuppliers, tblContracts, tblBusinessUnits.
SELECT TOP (10000)
       m.idMessage,
       CASE m.inMethod WHEN 1 THEN 'Email' WHEN 2 THEN 'Fax' WHEN 3 THEN 'SMS' ELSE 'JobFile message' END AS methodName,
       COALESCE(s.sgSupplierName, m.sgToAddress, m.sgFaxNumber, 'unknown recipient') AS recipientName,
       m.inAttemptCount,
       COALESCE(m.sgLastError, m.sgLastErrorCode, 'no reason recorded') AS lastError,
       m.dtQueued,
       s.sgSupplierCode AS supplierCode,
       c.sgContractNo AS contractNo,
       bu.sgName AS businessUnit
FROM dbo.tblMessages m
LEFT JOIN dbo.tblSuppliers s ON s.idSupplier = m.fkidSupplier
LEFT JOIN dbo.tblContracts c ON c.idContract = m.fkidContract
LEFT JOIN dbo.tblBusinessUnits bu ON bu.idBusinessUnit = c.fkidBusinessUnit
WHERE m.inStatus = 5
  AND m.inAttemptCount >= :#maxAttempts
ORDER BY m.idMessage
