-- Every active supplier's contact and tax details, judged in Java (ABN modulus 89, Australian phone
-- numbers, call-up method needs an address, state/postcode) by the rule set "supplierDetails".
-- Reads: tblSuppliers (the supplier master is small: hundreds to a few thousand rows).
SELECT TOP (50000)
       s.idSupplier, s.sgSupplierCode, s.sgSupplierName, s.sgABN, s.bGSTRegistered, s.sgContactName,
       s.sgEmail, s.sgFax, s.sgPhone, s.sgMobile, s.sgSuburb, s.sgState, s.sgPostcode,
       s.inCallupMethod, s.sgMessageGrouping, s.sgJobFileID, s.bActive,
       ho.sgSupplierCode AS headOfficeCode, ho.bActive AS headOfficeActive
FROM dbo.tblSuppliers s
LEFT JOIN dbo.tblSuppliers ho ON ho.idSupplier = s.fkidHeadOffice
WHERE s.bActive = 1
ORDER BY s.sgSupplierCode
