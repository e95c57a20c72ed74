-- Failed outbound messages: emails, faxes, SMS and JobFile call-ups that ClickHome marked Failed
-- (tblMessages.inStatus = 4) and nobody has re-sent or cancelled yet.
-- Reads: tblMessages (index IX_tblMessages_Status), tblSuppliers, tblClients, tblContracts, tblBusinessUnits, tblUsers.
-- Cost grows with the number of failed rows, not the size of tblMessages.
SELECT TOP (10000)
       m.idMessage,
       CASE WHEN m.inMethod = 2 AND m.sgLastErrorCode IN ('FAX_NO_DIALTONE', 'FAX_NOT_IN_SERVICE', 'FAX_INVALID_NUMBER') THEN 'MSG_FAX_BAD_NUMBER'
            WHEN m.inMethod = 2 THEN 'MSG_FAX_FAILED'
            WHEN m.inMethod = 3 THEN 'MSG_SMS_FAILED'
            WHEN m.inMethod = 4 THEN 'MSG_JOBFILE_FAILED'
            ELSE 'MSG_EMAIL_FAILED' END AS code,
       CASE m.inMethod WHEN 1 THEN 'Email' WHEN 2 THEN 'Fax' WHEN 3 THEN 'SMS' WHEN 4 THEN 'JobFile message' ELSE 'Message' END AS methodName,
       CASE m.inMessageType WHEN 1 THEN 'Call-up' WHEN 2 THEN 'Reschedule' WHEN 3 THEN 'Cancellation' WHEN 4 THEN 'Confirmation'
            WHEN 5 THEN 'Internal message' WHEN 6 THEN 'Client message' ELSE 'Report' END AS messageTypeName,
       COALESCE(s.sgSupplierName, cl.sgClientName, m.sgToAddress, m.sgFaxNumber, 'unknown recipient') AS recipientName,
       COALESCE(m.sgFaxNumber, m.sgToAddress) AS destination,
       COALESCE(m.sgLastError, m.sgLastErrorCode, 'no reason recorded') AS lastError,
       m.sgLastErrorCode,
       m.sgSubject,
       m.inAttemptCount,
       m.dtStatusChanged,
       s.sgSupplierCode AS supplierCode,
       c.sgContractNo AS contractNo,
       bu.sgName AS businessUnit,
       u.sgEmail AS supervisorEmail,
       CASE WHEN m.inMethod = 2 AND m.sgLastErrorCode IN ('FAX_NO_DIALTONE', 'FAX_NOT_IN_SERVICE', 'FAX_INVALID_NUMBER')
                 THEN 'Correct the supplier''s fax number in the supplier master, then re-send the message from ClickHome.'
            WHEN m.inMethod = 2 THEN 'Phone the trade to confirm the call-up, then re-send the fax from ClickHome.'
            ELSE 'Check the recipient''s address in ClickHome, correct it if wrong, then re-send the message.' END AS action
FROM dbo.tblMessages m
LEFT JOIN dbo.tblSuppliers s ON s.idSupplier = m.fkidSupplier
LEFT JOIN dbo.tblClients cl ON cl.idClient = m.fkidClient
LEFT JOIN dbo.tblContracts c ON c.idContract = m.fkidContract
LEFT JOIN dbo.tblBusinessUnits bu ON bu.idBusinessUnit = c.fkidBusinessUnit
LEFT JOIN dbo.tblUsers u ON u.idUser = c.fkidSupervisor1
WHERE m.inStatus = 4
ORDER BY m.idMessage
