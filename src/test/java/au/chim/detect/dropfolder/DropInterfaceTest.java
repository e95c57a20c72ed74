package au.chim.detect.dropfolder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DropInterfaceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "PO_DATABUILD_20240304101500.csv, PO, DATABUILD",
            "PO_ACK_DATABUILD_20240416140211.csv, PO_ACK, DATABUILD",
            "po_jobpac_20240304101500.CSV, PO, JOBPAC",
            "SUPPLIER_MYOB-AE_20240301090000.csv, SUPPLIER, MYOB-AE",
            "JOB_BUILDPRO_20240212.csv, JOB, BUILDPRO",
            "PO_ACKME_20240304101500.csv, PO, ACKME",
    })
    void namesGiveInterfaceAndSource(String name, DropInterface iface, String source) {
        DropInterface.FileName n = DropInterface.parseName(name).orElseThrow();
        assertEquals(iface, n.iface());
        assertEquals(source, n.source());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PO_ACK_20240304101500.csv", "PO_DATABUILD_20240304101500.tmp", "PO_DATABUILD.csv",
            "PO_APPROVAL_CLICKHOME_20240416140211.csv", "ESTIMATE_X_20240304101500.csv", "../PO_X_20240304101500.csv", ""})
    void otherNamesMatchNothing(String name) {
        assertTrue(DropInterface.parseName(name).isEmpty(), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PO_ACK_DATABUILD_20240416140211.csv"})
    void anAckIsNeverAPo(String name) {
        assertTrue(DropInterface.PO.matchName(name).isEmpty());
    }
}
