-- Active suppliers that share one ABN, or (when linked to JobFile) one email address. JobFile links
-- suppliers by email, so two ClickHome suppliers on one email receive each other's call-ups.
-- Reads: tblSuppliers.
SELECT 'SUP_ABN_SHARED' AS code, 'abn' AS entityType, 'ABN' AS sharedWhat,
       REPLACE(s.sgABN, ' ', '') AS sharedValue,
       COUNT(*) AS suppliers,
       STRING_AGG(s.sgSupplierCode, ', ') WITHIN GROUP (ORDER BY s.sgSupplierCode) AS supplierCodes
FROM dbo.tblSuppliers s
WHERE s.bActive = 1 AND s.sgABN IS NOT NULL AND LTRIM(RTRIM(s.sgABN)) <> '' AND s.fkidHeadOffice IS NULL
GROUP BY REPLACE(s.sgABN, ' ', '')
HAVING COUNT(*) > 1
UNION ALL
SELECT 'SUP_JOBFILE_EMAIL_SHARED' AS code, 'email' AS entityType, 'email' AS sharedWhat,
       LOWER(LTRIM(RTRIM(s.sgEmail))) AS sharedValue,
       COUNT(*) AS suppliers,
       STRING_AGG(s.sgSupplierCode, ', ') WITHIN GROUP (ORDER BY s.sgSupplierCode) AS supplierCodes
FROM dbo.tblSuppliers s
WHERE s.bActive = 1 AND s.sgJobFileID IS NOT NULL AND s.sgEmail IS NOT NULL AND LTRIM(RTRIM(s.sgEmail)) <> ''
GROUP BY LOWER(LTRIM(RTRIM(s.sgEmail)))
HAVING COUNT(*) > 1
