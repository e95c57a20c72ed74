-- Clients of active jobs, judged in Java (a way to reach them, email syntax, state/postcode) by the rule
-- set "clientDetails". Reads: tblClients, tblContracts.
SELECT TOP (50000)
       cl.idClient, cl.sgClientName, cl.sgDebtorCode, cl.sgEmail, cl.sgMobile, cl.sgPhone,
       cl.sgPostalSuburb, cl.sgPostalState, cl.sgPostalPostcode,
       MAX(c.sgContractNo) AS contractNo
FROM dbo.tblClients cl
JOIN dbo.tblContracts c ON c.fkidClient = cl.idClient AND c.inContractStatus IN (1, 4)
WHERE cl.bActive = 1
GROUP BY cl.idClient, cl.sgClientName, cl.sgDebtorCode, cl.sgEmail, cl.sgMobile, cl.sgPhone,
         cl.sgPostalSuburb, cl.sgPostalState, cl.sgPostalPostcode
