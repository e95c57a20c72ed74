package au.chim.demo;

import java.util.Map;
import java.util.Set;

/**
 * The rows {@link DemoData} seeds so that every error of the domain catalogue (section 8.2) that the reference schema
 * can hold shows at least once. Point detectors and tests at these keys.
 *
 * <table>
 * <caption>Seeded errors</caption>
 * <tr><th>code</th><th>table</th><th>row key</th></tr>
 * <tr><td>PO_UNKNOWN_SUPPLIER</td><td>tblIntPOHeaders (inLoadStatus 9)</td><td>24017/013 (TILE09), 24150/004 (GLAZ07)</td></tr>
 * <tr><td>PO_UNKNOWN_CONTRACT</td><td>tblIntPOHeaders (9)</td><td>24099/001 (PLUMB02), 2431/002</td></tr>
 * <tr><td>PO_SUPPLIER_EXCLUDED</td><td>tblIntPOHeaders (9)</td><td>24203/003, 24288/005 (SKIPB32, bExcludedFromIntegration)</td></tr>
 * <tr><td>ClickHome-native load error (sgErrorCode NULL)</td><td>tblIntPOHeaders (9)</td><td>24188/006 deadlock, 24245/004 null reference</td></tr>
 * <tr><td>PO_NOT_LOADED</td><td>tblIntPOHeaders (inLoadStatus 0)</td><td>24310/003 (3 h), 24377/002 (26 h)</td></tr>
 * <tr><td>PO_COST_CODE_UNMATCHED</td><td>tblIntPOLines (inMatchStatus 2)</td><td>24017/014, 24140/005, 24290/003 ('Autotask for PO=&lt;no&gt;'); ~3 % of random POs too</td></tr>
 * <tr><td>PO_COST_CODE_IGNORED (info)</td><td>tblIntPOLines (3)</td><td>random POs, cost code 9100</td></tr>
 * <tr><td>PO_TOTAL_MISMATCH</td><td>tblIntPOHeaders vs lines</td><td>24066/004, 24222/003</td></tr>
 * <tr><td>PO_GST_MISMATCH (line GST)</td><td>tblIntPOLines</td><td>24111/003 (512.00 on 5200.00), 24175/002 (0.00 on 3300.00)</td></tr>
 * <tr><td>PO_GST_MISMATCH (inc != ex + GST)</td><td>tblIntPOHeaders</td><td>24233/004 (7000 + 700 != 7770)</td></tr>
 * <tr><td>PO_CANCEL_STARTED_TASK</td><td>CANCEL header v2 + approval on v1</td><td>24057/002 (A-000960, 100 %), 24144/003 (A-000961, 50 %)</td></tr>
 * <tr><td>PO_DUPLICATE</td><td>tblIntPOHeaders</td><td>24090/002 v1 twice, different totals</td></tr>
 * <tr><td>PO_UPDATE_UNACKNOWLEDGED</td><td>tblContracts (inSchedulingStatus 3)</td><td>24017 (6 days), 24121 (5), 24260 (8)</td></tr>
 * <tr><td>APPROVAL_NOT_ACKED</td><td>tblIntPOApprovals (inExportStatus 1)</td><td>A-000970 (7 days), A-000971 (5), A-000972 (4)</td></tr>
 * <tr><td>APPROVAL_REJECTED</td><td>tblIntPOApprovals (3, REJECTED)</td><td>A-000975, A-000976 (CONC03, ABN), A-000977</td></tr>
 * <tr><td>SUP_ABN_INVALID</td><td>tblSuppliers</td><td>CONC03 (87347712783), KERB14 (10 digits), PAINT22 (letter O)</td></tr>
 * <tr><td>SUP_ABN_MISSING</td><td>tblSuppliers</td><td>SCAF18 (NULL), CLEAN31 ('') ; HANDY40 is not GST-registered (no finding)</td></tr>
 * <tr><td>SUP_EMAIL_MISSING_FOR_METHOD</td><td>tblSuppliers</td><td>CONC03 (EMAIL, ''), CABI19 (JobFile, NULL)</td></tr>
 * <tr><td>SUP_FAX_MISSING_FOR_METHOD</td><td>tblSuppliers</td><td>RENDR20 (no fax), GUTT21 (invalid fax '5550 12')</td></tr>
 * <tr><td>SMS method without mobile (no catalogue code)</td><td>tblSuppliers</td><td>BINS23</td></tr>
 * <tr><td>SUP_PHONE_INVALID</td><td>tblSuppliers</td><td>FENC24 ('12345'), GUTT21 (fax)</td></tr>
 * <tr><td>supplier state/postcode invalid</td><td>tblSuppliers</td><td>LAND25 (VIC 2750), INSUL26 (state 'NWS')</td></tr>
 * <tr><td>SUP_HEAD_OFFICE_MISSING (inactive)</td><td>tblSuppliers</td><td>GLASS02 -> GLASS01 (bActive 0); BOWD02/03 -> BOWD01 are healthy</td></tr>
 * <tr><td>SUP_INACTIVE_ON_OPEN_PO</td><td>tblSuppliers + tblIntPOHeaders</td><td>FRAME27 on 24320/002</td></tr>
 * <tr><td>duplicate ABN (not head office/branch)</td><td>tblSuppliers</td><td>STAIR28 + STAIR29 (14698935572)</td></tr>
 * <tr><td>shared email on JobFile-linked suppliers</td><td>tblSuppliers</td><td>TILE30 + WATR31 (office@mosaicgroup.example.com.au)</td></tr>
 * <tr><td>CLI_CONTACT_MISSING</td><td>tblClients</td><td>CAMP01, OBRI01</td></tr>
 * <tr><td>client email invalid</td><td>tblClients</td><td>ROMA01, KHAN01, LIWE01</td></tr>
 * <tr><td>CLI_ADDRESS_INVALID</td><td>tblClients / tblContracts</td><td>PATE01 (QLD 2765), SMIT07 (postcode '375'); contract 24333 (NSW 3029)</td></tr>
 * <tr><td>MSG_FAX_FAILED (retryable)</td><td>tblMessages (inStatus 4)</td><td>BRICK07 x9 FAX_BUSY/FAX_NO_ANSWER (supplier with many failures), PLUMB02 FAX_BUSY</td></tr>
 * <tr><td>MSG_FAX_BAD_NUMBER</td><td>tblMessages (4)</td><td>GUTT21 FAX_NO_DIALTONE, GUTT16 FAX_NOT_IN_SERVICE</td></tr>
 * <tr><td>MSG_FAX_GATEWAY</td><td>tblMessages (4)</td><td>PLUMB02 FAX_UNAUTHORIZED_SENDER ("Unauthorized sending email address")</td></tr>
 * <tr><td>MSG_EMAIL_BOUNCED</td><td>tblMessages (4, SMTP_550)</td><td>ROOF08 x3; plus a delivered row with {@link #BOUNCE_MESSAGE_ID} for NDR correlation</td></tr>
 * <tr><td>MSG_NOT_SENT</td><td>tblMessages (0 / 1)</td><td>2 queued 45 and 90 min (SPARK01), 1 Sending 50 min (CONC15)</td></tr>
 * <tr><td>retries exhausted</td><td>tblMessages (5 RetryScheduled, 5 attempts, SMTP_421)</td><td>client NGUY01</td></tr>
 * <tr><td>fax with FaxMaker (correlation)</td><td>tblMessages (inStatus 2)</td><td>BRICK07, sgGatewayJobId {@link #FAX_JOB_ID}</td></tr>
 * <tr><td>SVC_DOWN</td><td>tblServiceHeartbeat</td><td>ClickHome Windows Service on CHAPP02, state 6, beat 3 h old</td></tr>
 * <tr><td>SVC_HUNG</td><td>tblServiceHeartbeat</td><td>ClickHome Windows Service on CHAPP01, state 0, dtLastBEJCycle 40 min old</td></tr>
 * <tr><td>BEJ_ERRORS</td><td>tblBackEndJobs (ERROR)</td><td>op 26041 x4 (failure counts 3, 7, 12, 25), 31020, 17008; READY backlog of 48 over 40 min</td></tr>
 * <tr><td>JOBFILE_POLL_STALE</td><td>tblServiceHeartbeat</td><td>JobFile poller on CHAPP01, beat 130 min old</td></tr>
 * <tr><td>BACKUP (full overdue, log stale)</td><td>backupset</td><td>database ClickHome: last D 30 h, last L 6 h; ClickHomeDocs healthy</td></tr>
 * <tr><td>SYNC_STALE</td><td>tblDevices</td><td>{@link #DEVICE_STALE_NETWORK} (tnguyen), {@link #DEVICE_STALE_VERSION} (apatel): last OK 60 h</td></tr>
 * <tr><td>SYNC_FAILING connectivity</td><td>tblDeviceSyncLog</td><td>{@link #DEVICE_STALE_NETWORK}: TIMEOUT, NETWORK_UNREACHABLE</td></tr>
 * <tr><td>SYNC_FAILING data</td><td>tblDeviceSyncLog (inStatus 3)</td><td>IPAD-91C0E7A4 (sbrown): CONFLICT, VALIDATION_REJECTED</td></tr>
 * <tr><td>SYNC_FAILING ClickHome</td><td>tblDeviceSyncLog</td><td>IPAD-4E66B213 (lrusso) SERVER_500; {@link #DEVICE_STALE_VERSION} VERSION_UNSUPPORTED</td></tr>
 * </table>
 * Not representable in the reference schema: SUP_INSURANCE_EXPIRED, SUP_EMAIL_CHANGED_JOBFILE (a delta; the demo SUPPLIER file
 * carries one), MSG_NO_RESPONSE, DROP_FILE_* (see {@link DemoDropFiles}).
 */
public final class SeededErrors {
    public static final String BAD_ABN = "87347712783";
    /** Delivered in ClickHome's eyes; a bounce (NDR) quoting this Message-ID belongs to supplier ROOF08. */
    public static final String BOUNCE_MESSAGE_ID = "<0d9f6c1e3b7a4e52a8c4f1b2d3e4f5a6@clickhome.example-homes.com.au>";
    /** FaxMaker job id of a fax to BRICK07 that ClickHome handed to the gateway 25 minutes before now. */
    public static final String FAX_JOB_ID = "FM4410233";
    public static final String DEVICE_STALE_NETWORK = "IPAD-8D21F0B6";
    public static final String DEVICE_STALE_VERSION = "IPAD-3C7E52AA";
    public static final String HOST_HUNG = "CHAPP01";
    public static final String HOST_STOPPED = "CHAPP02";
    public static final String CONTRACT_BAD_ADDRESS = "24333";

    /** Contract no. -> days in scheduling status 3 (Updated). */
    static final Map<String, Integer> UPDATED_CONTRACTS = Map.of("24017", 6, "24121", 5, "24260", 8);

    /** name, debtor code, email, mobile, phone, suburb, state, postcode. */
    static final String[][] CLIENTS = {
        {"Mr R Campbell", "CAMP01", null, null, "(02) 5550 3188", "Gregory Hills", "NSW", "2557"},
        {"Ms T O'Brien", "OBRI01", null, null, null, "Ripley", "QLD", "4306"},
        {"Mr M & Mrs G Romano", "ROMA01", "g.romano@example", "0491 571 266", null, "Tarneit", "VIC", "3029"},
        {"Mr A Khan", "KHAN01", "a.khan.example.com", "0491 572 549", null, "Leppington", "NSW", "2179"},
        {"Wei Li", "LIWE01", "wei..li@@example.com", null, "(03) 5550 2044", "Craigieburn", "VIC", "3064"},
        {"Mr R & Mrs A Patel", "PATE01", "r.patel@example.com.au", "0491 573 770", null, "Marsden Park", "QLD", "2765"},
        {"Jack Smith", "SMIT07", "jack.smith7@example.com", "0491 574 118", null, "Wollert", "VIC", "375"},
    };

    private static final Set<String> SEEDED_PO_CONTRACTS = Set.of("24017", "24150", "24203", "24288", "24188", "24245", "24310",
            "24377", "24140", "24290", "24066", "24222", "24111", "24175", "24233", "24057", "24144", "24090", "24320", "24130");

    private SeededErrors() {
    }

    /** Contracts a seeded PO or status refers to: always active Construction jobs. */
    static boolean isSeededContract(String contractNo) {
        return SEEDED_PO_CONTRACTS.contains(contractNo) || UPDATED_CONTRACTS.containsKey(contractNo)
                || CONTRACT_BAD_ADDRESS.equals(contractNo);
    }

    /** PO numbers built by the seeded set; random approvals stay off them. */
    static boolean isSeededPo(String poNumber) {
        return SEEDED_PO_NUMBERS.contains(poNumber);
    }

    private static final Set<String> SEEDED_PO_NUMBERS = Set.of("24017/012", "24017/013", "24017/014", "24099/001", "2431/002",
            "24150/004", "24203/003", "24288/005", "24188/006", "24245/004",
            "24310/003", "24377/002", "24140/005", "24290/003", "24066/004", "24222/003", "24111/003", "24175/002", "24233/004",
            "24057/002", "24144/003", "24090/002", "24320/002", "24130/002");
}
