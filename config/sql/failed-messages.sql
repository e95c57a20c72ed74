-- Failed outbound messages: emails, faxes, SMS and JobFile call-ups that ClickHome marked Failed
-- (tblMessages.inStatus = 4) and nobody has re-sent or cancelled yet.
-- Reads: tblMessages (index IX_tblMessages_Status), tblSuppliers, tblClients, tblContracts, tblBusinessUnits, tblUsers.
-- Cost grows with the number of failed rows, not the size of tblMessages.
-- Every failure is classified, and one the monitor does not know is reported as unknown, never guessed:
--   fax   MSG_FAX_FAILED (busy, no answer: phone the trade), MSG_FAX_BAD_NUMBER (no dial tone, not in service: fix the
--         number), MSG_FAX_GATEWAY (FaxMaker device error, no line free, unauthorised sender/subscription: IT's gateway,
--         category message-gateway), MSG_FAX_UNKNOWN_FAILURE (anything else: IT reads the FaxMaker log)
--   email MSG_EMAIL_FAILED, SMS MSG_SMS_FAILED, JobFile MSG_JOBFILE_FAILED, another method MSG_UNKNOWN_METHOD_FAILED
-- addressee (supplier, client, staff; from inAudience) and channel go to routing: who owns the record that was wrong.
SELECT TOP (10000)
       m.idMessage,
       CASE WHEN m.inMethod = 2 AND m.sgLastErrorCode IN ('FAX_NO_DIALTONE', 'FAX_NOT_IN_SERVICE', 'FAX_INVALID_NUMBER') THEN 'MSG_FAX_BAD_NUMBER'
            WHEN m.inMethod = 2 AND m.sgLastErrorCode IN ('FAX_BUSY', 'FAX_NO_ANSWER') THEN 'MSG_FAX_FAILED'
            WHEN m.inMethod = 2 AND m.gatewayFault = 1 THEN 'MSG_FAX_GATEWAY'
            WHEN m.inMethod = 2 THEN 'MSG_FAX_UNKNOWN_FAILURE'
            WHEN m.inMethod = 1 THEN 'MSG_EMAIL_FAILED'
            WHEN m.inMethod = 3 THEN 'MSG_SMS_FAILED'
            WHEN m.inMethod = 4 THEN 'MSG_JOBFILE_FAILED'
            ELSE 'MSG_UNKNOWN_METHOD_FAILED' END AS code,
       CASE WHEN m.inMethod = 2 AND m.gatewayFault = 1 AND COALESCE(m.sgLastErrorCode, '') NOT IN ('FAX_NO_DIALTONE', 'FAX_NOT_IN_SERVICE',
                 'FAX_INVALID_NUMBER', 'FAX_BUSY', 'FAX_NO_ANSWER') THEN 'message-gateway' ELSE 'failed-message' END AS category,
       CASE m.inMethod WHEN 1 THEN 'Email' WHEN 2 THEN 'Fax' WHEN 3 THEN 'SMS' WHEN 4 THEN 'JobFile message' ELSE 'Message' END AS methodName,
       CASE m.inMethod WHEN 1 THEN 'email' WHEN 2 THEN 'fax' WHEN 3 THEN 'sms' WHEN 4 THEN 'jobfile' ELSE 'unknown' END AS channel,
       CASE m.inAudience WHEN 1 THEN 'supplier' WHEN 2 THEN 'staff' WHEN 3 THEN 'client' ELSE 'unknown' END AS addresseeType,
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
            WHEN m.inMethod = 2 AND m.sgLastErrorCode IN ('FAX_BUSY', 'FAX_NO_ANSWER')
                 THEN 'Phone the trade to confirm the call-up, then re-send the fax from ClickHome.'
            WHEN m.inMethod = 2 AND m.gatewayFault = 1
                 THEN 'IT: GFI FaxMaker could not send (fax device, line or subscription): check its devices, lines and subscription, then re-send from ClickHome. The trade''s number is not at fault.'
            WHEN m.inMethod = 2
                 THEN 'IT: FaxMaker reported a failure the monitor does not know; read it in the FaxMaker log before anyone changes the number or phones the trade.'
            WHEN m.inAudience = 3
                 THEN 'Construction admin: check the client''s email address and mobile on the client record, correct them, then re-send the message from ClickHome.'
            WHEN m.inAudience = 2
                 THEN 'IT: check the staff member''s address in ClickHome''s user record and their mailbox, then re-send the message.'
            ELSE 'Check the recipient''s address in ClickHome, correct it if wrong, then re-send the message.' END AS action
FROM (SELECT x.*,
             CASE WHEN x.sgLastErrorCode IN ('FAX_DEVICE_ERROR', 'FAX_NO_LINE', 'FAX_LINE_UNAVAILABLE', 'FAX_UNAUTHORIZED_SENDER',
                                             'FAX_SUBSCRIPTION_EXPIRED', 'FAX_SERVER_DOWN')
                    OR x.sgLastError LIKE '%device error%' OR x.sgLastError LIKE '%no line available%'
                    OR x.sgLastError LIKE '%no free line%' OR x.sgLastError LIKE '%Unauthorized sending email address%'
                  THEN 1 ELSE 0 END AS gatewayFault
      FROM dbo.tblMessages x
      WHERE x.inStatus = 4) m
LEFT JOIN dbo.tblSuppliers s ON s.idSupplier = m.fkidSupplier
LEFT JOIN dbo.tblClients cl ON cl.idClient = m.fkidClient
LEFT JOIN dbo.tblContracts c ON c.idContract = m.fkidContract
LEFT JOIN dbo.tblBusinessUnits bu ON bu.idBusinessUnit = c.fkidBusinessUnit
LEFT JOIN dbo.tblUsers u ON u.idUser = c.fkidSupervisor1
ORDER BY m.idMessage
