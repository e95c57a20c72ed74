-- Purchase orders ClickHome could not load from its interface tables (tblIntPOHeaders.inLoadStatus = 9),
-- with ClickHome's own error code mapped to the monitor's catalogue (unknown supplier, unknown contract, ...).
-- Reads: tblIntPOHeaders (index IX_tblIntPOHeaders_Load), tblContracts, tblBusinessUnits, tblUsers.
-- Cost grows with the number of rows in error.
-- ClickHome's own faults carry no code, only the .NET / SQL Server text: a deadlock victim, a timeout, an internal error
-- (null reference, HTTP 500). Nobody can correct those in the PO: they are PO_LOAD_CLICKHOME_FAULT for IT, who re-run
-- the load, and for ClickHome Support through the business contact when it keeps failing (category clickhome-software).
SELECT TOP (10000)
       h.idIntPOHeader,
       h.sgPONumber,
       h.inPOVersion,
       h.sgOrderType,
       h.sgSourceSystem,
       h.sgContractNo,
       h.sgSupplierCode,
       h.dcTotalIncGST,
       h.inAttemptCount,
       h.dtReceived,
       COALESCE(h.sgErrorCode, 'none') AS clickhomeErrorCode,
       COALESCE(h.sgErrorMessage, 'no message recorded') AS clickhomeError,
       CASE WHEN h.sgErrorCode IN ('PO_UNKNOWN_SUPPLIER', 'PO_UNKNOWN_CONTRACT', 'PO_SUPPLIER_EXCLUDED', 'PO_DUPLICATE',
                                   'PO_GST_MISMATCH', 'PO_TOTAL_MISMATCH', 'PO_CANCEL_STARTED_TASK')
            THEN h.sgErrorCode
            WHEN h.clickhomeFault = 1 THEN 'PO_LOAD_CLICKHOME_FAULT'
            ELSE 'PO_LOAD_ERROR' END AS code,
       CASE WHEN h.clickhomeFault = 1 THEN 'clickhome-software' ELSE 'po-integration' END AS category,
       CASE WHEN h.sgErrorCode = 'PO_SUPPLIER_EXCLUDED' THEN 'INFO' ELSE 'ERROR' END AS severity,
       CASE WHEN h.sgErrorCode = 'PO_UNKNOWN_SUPPLIER'
                 THEN 'Add supplier ' + h.sgSupplierCode + ' to the supplier master (or correct the code on the PO in the accounting system), then re-run the PO load for job ' + h.sgContractNo + '.'
            WHEN h.sgErrorCode = 'PO_UNKNOWN_CONTRACT'
                 THEN 'Check job number ' + h.sgContractNo + ' on the PO; if the job should exist, ask the contract admin to create the Construction job in ClickHome, then re-run the PO load.'
            WHEN h.sgErrorCode = 'PO_SUPPLIER_EXCLUDED'
                 THEN 'Supplier ' + h.sgSupplierCode + ' is on the "Suppliers excluded in Integration" list; no action unless the exclusion is wrong.'
            WHEN h.clickhomeFault = 1
                 THEN 'IT: re-run the PO load for job ' + h.sgContractNo + ' (a deadlock or time-out usually passes on a retry); if it fails again, send the error below to ClickHome Support through the business contact. The PO itself needs no correction.'
            ELSE 'Read the ClickHome error below, correct the PO in the accounting system and re-send it, or ask ClickHome Support through the business contact.' END AS action,
       bu.sgName AS businessUnit,
       u.sgEmail AS supervisorEmail
FROM (SELECT e.*,
             CASE WHEN e.sgErrorCode IS NULL
                   AND (e.sgErrorMessage LIKE '%deadlock%' OR e.sgErrorMessage LIKE '%timeout expired%'
                        OR e.sgErrorMessage LIKE '%timed out%' OR e.sgErrorMessage LIKE '%Object reference not set%'
                        OR e.sgErrorMessage LIKE '%NullReferenceException%' OR e.sgErrorMessage LIKE '%internal error%'
                        OR e.sgErrorMessage LIKE '%Internal Server Error%')
                  THEN 1 ELSE 0 END AS clickhomeFault
      FROM dbo.tblIntPOHeaders e
      WHERE e.inLoadStatus = 9) h
LEFT JOIN dbo.tblContracts c ON c.sgContractNo = h.sgContractNo AND c.inJobType = 4
LEFT JOIN dbo.tblBusinessUnits bu ON bu.idBusinessUnit = c.fkidBusinessUnit
LEFT JOIN dbo.tblUsers u ON u.idUser = c.fkidSupervisor1
ORDER BY h.idIntPOHeader
