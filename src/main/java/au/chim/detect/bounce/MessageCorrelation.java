package au.chim.detect.bounce;

import java.time.LocalDateTime;

/**
 * The ClickHome message a bounce or fax report belongs to, and who it was for.
 *
 * @param messageId        tblMessages.idMessage
 * @param method           EMAIL, FAX, SMS, JOBFILE (from inMethod)
 * @param supplierCode     tblSuppliers.sgSupplierCode, or null for a client/internal message
 * @param clientDebtorCode tblClients.sgDebtorCode of the message's (or its contract's) client, or null
 * @param clientId         tblClients.idClient, or null
 * @param contractNo       tblContracts.sgContractNo, or null
 * @param businessUnit     the contract's business unit name, or null
 * @param supervisorEmail  the contract's first supervisor's email (who phones the trade), or null
 * @param toAddress        sgToAddress as stored
 * @param faxNumber        sgFaxNumber as stored
 * @param sent             dtSent as stored (ClickHome server local time)
 * @param matchedBy        message-id, job-id, address or fax-number
 */
public record MessageCorrelation(
        long messageId,
        String method,
        String supplierCode,
        String supplierName,
        String clientDebtorCode,
        Integer clientId,
        String clientName,
        String contractNo,
        String businessUnit,
        String supervisorEmail,
        String toAddress,
        String faxNumber,
        LocalDateTime sent,
        String matchedBy) {

    public boolean isSupplier() {
        return supplierCode != null;
    }

    public boolean isClient() {
        return supplierCode == null && (clientDebtorCode != null || clientId != null);
    }
}
