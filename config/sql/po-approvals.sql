-- Authorisations to pay (task completion sent to accounting) that are stuck or refused:
--   APPROVAL_NOT_EXPORTED  still Pending (inExportStatus 0) after <exportHours> hours, or in Error (9)
--   APPROVAL_NOT_ACKED     exported (1) more than <ackHours> hours ago and not acknowledged by accounting
--   APPROVAL_REJECTED      rejected by accounting (3, or ack status REJECTED) in the last <lookbackDays> days
-- Reads: tblIntPOApprovals, tblIntPOHeaders, tblContracts, tblBusinessUnits. With the recommended indexes the cost
-- grows with the approvals not yet acknowledged plus the rejections; without them every poll reads the approvals table.
SELECT TOP (10000)
       a.sgApprovalId, a.sgPONumber, a.sgContractNo, a.sgSupplierCode, a.dcApprovePercent, a.dcApproveExGST,
       a.dtExported, a.sgAckStatus,
       COALESCE(a.sgAckMessage, 'no reason given') AS reason,
       CASE WHEN a.inExportStatus = 3 OR a.sgAckStatus = 'REJECTED' THEN 'APPROVAL_REJECTED'
            WHEN a.inExportStatus = 1 THEN 'APPROVAL_NOT_ACKED'
            ELSE 'APPROVAL_NOT_EXPORTED' END AS code,
       CASE WHEN a.inExportStatus = 3 OR a.sgAckStatus = 'REJECTED'
                 THEN CONCAT('Accounting rejected approval ', a.sgApprovalId, ' for PO ', a.sgPONumber, ': ', COALESCE(a.sgAckMessage, 'no reason given'))
            WHEN a.inExportStatus = 1
                 THEN CONCAT('Approval ', a.sgApprovalId, ' for PO ', a.sgPONumber, ' was exported ', DATEDIFF(hour, a.dtExported, CAST(:#clickhomeNow AS DATETIME2(0))), ' h ago and accounting has not acknowledged it')
            WHEN a.inExportStatus = 9 THEN CONCAT('Approval ', a.sgApprovalId, ' for PO ', a.sgPONumber, ' failed to export')
            ELSE CONCAT('Approval ', a.sgApprovalId, ' for PO ', a.sgPONumber, ' has not been exported to accounting') END AS summary,
       bu.sgName AS businessUnit
FROM dbo.tblIntPOApprovals a
LEFT JOIN dbo.tblContracts c ON c.sgContractNo = a.sgContractNo AND c.inJobType = 4
LEFT JOIN dbo.tblBusinessUnits bu ON bu.idBusinessUnit = c.fkidBusinessUnit
-- The IN list only narrows the rows to read through the recommended indexes (config/clickhome/recommended-indexes.sql):
-- approvals not acknowledged yet or rejected, and acknowledgements with status REJECTED. The conditions after it decide.
WHERE a.idIntPOApproval IN (
          SELECT p.idIntPOApproval FROM dbo.tblIntPOApprovals p WHERE p.inExportStatus IN (0, 1, 3, 9)
          UNION
          SELECT p.idIntPOApproval FROM dbo.tblIntPOApprovals p WHERE p.sgAckStatus = 'REJECTED')
  AND (a.inExportStatus = 9
   OR (a.inExportStatus = 0 AND a.dtExported IS NULL AND a.idIntPOApproval IN (
          SELECT a2.idIntPOApproval FROM dbo.tblIntPOApprovals a2 JOIN dbo.tblIntPOHeaders h ON h.idIntPOHeader = a2.fkidIntPOHeader
          WHERE a2.inExportStatus = 0 AND h.dtLoaded < DATEADD(hour, -1 * :#exportHours, CAST(:#clickhomeNow AS DATETIME2(0)))))
   OR (a.inExportStatus = 1 AND a.dtExported < DATEADD(hour, -1 * :#ackHours, CAST(:#clickhomeNow AS DATETIME2(0))))
   OR ((a.inExportStatus = 3 OR a.sgAckStatus = 'REJECTED') AND COALESCE(a.dtAcknowledged, a.dtExported) > DATEADD(day, -1 * :#lookbackDays, CAST(:#clickhomeNow AS DATETIME2(0)))))
ORDER BY a.sgApprovalId
