package au.chim.detect.dropfolder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ~50 MB PO file is validated with the heap flat: rows are streamed, only per-PO summaries are kept. */
class DropFileStreamingTest {
    private static final int JOBS = 12;
    private static final int LINES_PER_PO = 20;
    private static final long TARGET_BYTES = 50L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void fiftyMegabytesAreReadWithFlatHeap() throws Exception {
        DataSource clickHome = DropTestSupport.clickHome();
        try (Connection c = clickHome.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO dbo.tblContracts (sgContractNo, inJobType, inContractStatus) VALUES (?, 4, 1)")) {
            for (int j = 0; j < JOBS; j++) {
                ps.setString(1, "9" + String.format("%04d", j));
                ps.executeUpdate();
            }
        }
        Path file = dir.resolve("PO_DATABUILD_20240304101500.csv");
        long rows = generate(file);
        assertTrue(Files.size(file) >= TARGET_BYTES, "file is " + Files.size(file) + " bytes");

        // The file moves to a new job every 1/JOBS of its length; ClickHome is asked once per job, so
        // those lookups are checkpoints through the stream where the live heap is sampled.
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<Long> liveHeap = new ArrayList<>();
        ClickHomeLookup real = new JdbcClickHomeLookup(clickHome);
        ClickHomeLookup sampling = new ClickHomeLookup() {
            @Override
            public Optional<Contract> contract(String no) {
                System.gc();
                liveHeap.add(memory.getHeapMemoryUsage().getUsed());
                return real.contract(no);
            }

            @Override
            public Optional<Supplier> supplier(String code) {
                return real.supplier(code);
            }

            @Override
            public boolean businessUnitExists(String name) {
                return real.businessUnitExists(name);
            }
        };
        DropFileValidator validator = new DropFileValidator(sampling, new JdbcCrossFileState(DropTestSupport.store()), DropTestSupport.CLOCK);
        DropFileResult.Validated r = assertInstanceOf(DropFileResult.Validated.class, validator.validate(file));

        assertEquals(rows, r.rows());
        assertEquals(0, r.badRows());
        assertEquals(rows / LINES_PER_PO, r.keySnapshots().size());
        assertEquals(JOBS, liveHeap.size());
        long growth = liveHeap.get(JOBS - 1) - liveHeap.get(0);
        // Holding the rows would take well over the file's 50 MB; per-PO summaries for ~11k POs take a few MB.
        assertTrue(growth < 24L * 1024 * 1024, "live heap grew by " + growth / 1024 + " KiB while streaming: " + liveHeap);
    }

    private static long generate(Path file) throws Exception {
        String tail = ",item,1234.5600,1234.56,GST,123.46,1358.02,Priya Shah,\"Deliver to site[LF]Call the supervisor, not the office\"";
        long rows = 0;
        long bytes = 0;
        long perJob = TARGET_BYTES / JOBS + 1;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String header = DropTestSupport.PO_HEADER + "\r\n";
            w.write(header);
            bytes += header.length();
            int po = 0;
            while (bytes < TARGET_BYTES) {
                String job = "9" + String.format("%04d", Math.min(JOBS - 1, bytes / perJob));
                po++;
                for (int line = 1; line <= LINES_PER_PO; line++) {
                    String row = "P" + job + "/" + po + ",1,ORDER," + job + ",SPARK01,Sparkright Electrical Pty Ltd,87347712782,2024-03-04,"
                            + "04/05/2024," + line + ",ELEC,04" + (line % 10) + ",ITEM-" + line + ",Electrical work package " + line + ",1"
                            + tail + "\r\n";
                    w.write(row);
                    bytes += row.length();
                    rows++;
                }
            }
        }
        return rows;
    }
}
