-- Active suppliers that share one ABN, or (when linked to JobFile) one email address. JobFile links
-- suppliers by email, so two ClickHome suppliers on one email receive each other's call-ups.
-- One row per supplier of a shared value, ordered by code; mapper "supplierDuplicates" folds them into one issue
-- per shared value listing the codes (STRING_AGG would do that here, but it needs SQL Server 2017; see checks.yaml).
-- Reads: tblSuppliers.
SELECT TOP (10000) d.code, d.entityType, d.sharedWhat, d.sharedValue, d.suppliers, d.sgSupplierCode
FROM (SELECT 'SUP_ABN_SHARED' AS code, 'abn' AS entityType, 'ABN' AS sharedWhat,
             REPLACE(s.sgABN, ' ', '') AS sharedValue, s.sgSupplierCode,
             COUNT(*) OVER (PARTITION BY REPLACE(s.sgABN, ' ', '')) AS suppliers
      FROM dbo.tblSuppliers s
      WHERE s.bActive = 1 AND s.sgABN IS NOT NULL AND LTRIM(RTRIM(s.sgABN)) <> '' AND s.fkidHeadOffice IS NULL
      UNION ALL
      SELECT 'SUP_JOBFILE_EMAIL_SHARED' AS code, 'email' AS entityType, 'email' AS sharedWhat,
             LOWER(LTRIM(RTRIM(s.sgEmail))) AS sharedValue, s.sgSupplierCode,
             COUNT(*) OVER (PARTITION BY LOWER(LTRIM(RTRIM(s.sgEmail)))) AS suppliers
      FROM dbo.tblSuppliers s
      WHERE s.bActive = 1 AND s.sgJobFileID IS NOT NULL AND s.sgEmail IS NOT NULL AND LTRIM(RTRIM(s.sgEmail)) <> '') d
WHERE d.suppliers > 1
ORDER BY d.code, d.sharedValue, d.sgSupplierCode
