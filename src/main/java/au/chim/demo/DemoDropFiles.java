package au.chim.demo;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes demo drop-folder files (domain doc section 7): good files and one of each kind of bad file. File names and
 * modification times follow the clock (Sydney local time), so ages are what the names say.
 *
 * <table>
 * <caption>Files written</caption>
 * <tr><th>folder</th><th>file</th><th>what it shows</th></tr>
 * <tr><td>po</td><td>PO_DATABUILD_&lt;now-2h&gt;.csv</td><td>good: 24017/012 (2 lines), 24052/002</td></tr>
 * <tr><td>po</td><td>PO_DATABUILD_&lt;now-20m&gt;.csv</td><td>row 3 (24017/013): unknown supplier TILE09; row 4 (24052/003): LineGST 52.00 on 500.00; row 5: inc != ex + GST</td></tr>
 * <tr><td>po</td><td>PO_DATABUILD_&lt;now-25m&gt;.tmp</td><td>writer never renamed it (stale .tmp)</td></tr>
 * <tr><td>po</td><td>PO_JOBPAC_&lt;now-40m&gt;.csv</td><td>unreadable: wrong header (a different report)</td></tr>
 * <tr><td>po-ack</td><td>PO_ACK_DATABUILD_&lt;now-30m&gt;.csv</td><td>A-000981 ACCEPTED, A-000982 REJECTED (Supplier not on creditor ledger), A-000960 PAID</td></tr>
 * <tr><td>supplier</td><td>SUPPLIER_DATABUILD_&lt;now-1h&gt;.csv</td><td>Windows-1252; CONC03 bad ABN + EMAIL without email; TILE30 email changed (JobFile-linked); STONE62 insurance expired; cp1252 names (Café, O’Connor)</td></tr>
 * <tr><td>job</td><td>JOB_DATABUILD_&lt;now-50m&gt;.csv</td><td>24017 good; 24402 Tarneit VIC postcode 2029 (bad)</td></tr>
 * <tr><td>job</td><td>JOB_DATABUILD_&lt;now-15m&gt;.csv</td><td>unreadable: a spreadsheet (zip bytes) saved as .csv</td></tr>
 * <tr><td>faxmaker</td><td>callup_24057_0012.err</td><td>failed fax to BRICK07, job {@link SeededErrors#FAX_JOB_ID}</td></tr>
 * <tr><td>faxmaker</td><td>callup_24017_0031.ok</td><td>fax sent</td></tr>
 * <tr><td>faxmaker</td><td>callup_24310_0044.txt</td><td>stuck in the pickup folder for 45 minutes</td></tr>
 * </table>
 */
public final class DemoDropFiles {
    public static final String PO_FOLDER = "po";
    public static final String PO_ACK_FOLDER = "po-ack";
    public static final String SUPPLIER_FOLDER = "supplier";
    public static final String JOB_FOLDER = "job";
    public static final String FAXMAKER_FOLDER = "faxmaker";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Path root;
    private final ZonedDateTime now;
    private final List<Path> written = new ArrayList<>();

    private DemoDropFiles(Path root, Clock clock) {
        this.root = root;
        this.now = ZonedDateTime.now(clock.withZone(DemoData.ZONE)).truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Creates the five folders under root and writes the demo files (overwriting earlier demo files of the same name).
     *
     * @return the files written
     * @throws IllegalStateException naming the path that could not be written
     */
    public static List<Path> write(Path root, Clock clock) {
        DemoDropFiles d = new DemoDropFiles(root, clock);
        d.all();
        return List.copyOf(d.written);
    }

    private void all() {
        DemoFileContents c = new DemoFileContents(now);
        text(PO_FOLDER, "PO_DATABUILD_" + stamp(120) + ".csv", c.goodPo(), StandardCharsets.UTF_8, 120);
        text(PO_FOLDER, "PO_DATABUILD_" + stamp(20) + ".csv", c.badPo(), StandardCharsets.UTF_8, 20);
        text(PO_FOLDER, "PO_DATABUILD_" + stamp(25) + ".tmp", c.partialPo(), StandardCharsets.UTF_8, 25);
        text(PO_FOLDER, "PO_JOBPAC_" + stamp(40) + ".csv", c.wrongHeaderPo(), StandardCharsets.UTF_8, 40);
        text(PO_ACK_FOLDER, "PO_ACK_DATABUILD_" + stamp(30) + ".csv", c.poAck(), StandardCharsets.UTF_8, 30);
        text(SUPPLIER_FOLDER, "SUPPLIER_DATABUILD_" + stamp(60) + ".csv", c.suppliers(), WINDOWS_1252, 60);
        text(JOB_FOLDER, "JOB_DATABUILD_" + stamp(50) + ".csv", c.jobs(), StandardCharsets.UTF_8, 50);
        bytes(JOB_FOLDER, "JOB_DATABUILD_" + stamp(15) + ".csv", DemoFileContents.spreadsheetBytes(), 15);
        text(FAXMAKER_FOLDER, "callup_24057_0012.err", c.faxErr(), StandardCharsets.US_ASCII, 12);
        text(FAXMAKER_FOLDER, "callup_24017_0031.ok", c.faxOk(), StandardCharsets.US_ASCII, 70);
        text(FAXMAKER_FOLDER, "callup_24310_0044.txt", c.faxPickup(), StandardCharsets.US_ASCII, 45);
    }

    private String stamp(long minutesAgo) {
        return STAMP.format(now.minusMinutes(minutesAgo));
    }

    private void text(String folder, String name, String content, Charset charset, long minutesAgo) {
        bytes(folder, name, content.getBytes(charset), minutesAgo);
    }

    private void bytes(String folder, String name, byte[] content, long minutesAgo) {
        Path file = root.resolve(folder).resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            Files.setLastModifiedTime(file, FileTime.from(now.minusMinutes(minutesAgo).toInstant()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write demo drop file " + file + ": " + e.getMessage(), e);
        }
        written.add(file);
    }
}
