package au.chim.detect.dropfolder;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** Real H2 databases (ClickHome reference schema with fixture rows, monitor store by Flyway) and file writers for the tests. */
public final class DropTestSupport {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-07-01T00:00:00Z"), ZoneId.of("Australia/Sydney"));

    public static final String PO_HEADER = "PONumber,POVersion,OrderType,JobNumber,SupplierCode,SupplierName,SupplierABN,OrderDate,RequiredDate,"
            + "LineNo,CostCentre,CostCode,ItemCode,Description,Quantity,Unit,UnitPriceExGST,LineExGST,GSTCode,LineGST,LineIncGST,Estimator,Notes";
    static final String PO_LINE_1 = "24017/012,1,ORDER,24017,SPARK01,Sparkright Electrical Pty Ltd,87347712782,2024-03-04,2024-04-15,1,ELEC,0410,"
            + "RGH-IN,Electrical rough-in single storey,1,item,3850.0000,3850.00,GST,385.00,4235.00,Priya Shah,";
    static final String PO_LINE_2 = "24017/012,1,ORDER,24017,SPARK01,Sparkright Electrical Pty Ltd,87347712782,2024-03-04,2024-04-15,2,ELEC,0411,"
            + "FIT-OFF,Electrical fit-off,1,item,1000.0000,1000.00,GST,100.00,1100.00,Priya Shah,";
    /** A PO file whose POs 24017/012 and 24017/014 each have a line whose GST does not add up, around one good line. */
    public static final String PO_TWO_BAD_GST_ROWS = crlf(PO_HEADER, PO_LINE_1.replace("385.00,4235.00", "300.00,4150.00"), PO_LINE_2,
            PO_LINE_1.replace("385.00,4235.00", "300.00,4150.00").replace("24017/012", "24017/014"));
    static final String PO_LINE_3 = "24017/013,1,ORDER,24017,PLUMB02,Harbourside Plumbing,,04/03/2024,,1,TILE,0520,,Wall and floor tiling wet areas,"
            + "48.5,m2,64.3299,3120.00,GST,312.00,3432.00,Priya Shah,\"Ensuite + main bath[LF]Tiles supplied by builder\"";

    private DropTestSupport() {
    }

    static DataSource h2(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + "-" + UUID.randomUUID()
                + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        return ds;
    }

    /** ClickHome reference schema plus suppliers, contracts and business units the tests refer to. */
    static DataSource clickHome() throws IOException, SQLException {
        DataSource ds = h2("clickhome");
        String script = Files.readString(Path.of("config/clickhome/reference-schema.sql"))
                .replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("--[^\\n]*", "");
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA IF NOT EXISTS dbo");
            for (String sql : script.split(";")) {
                if (!sql.isBlank()) {
                    st.execute(sql);
                }
            }
            seed(st);
        }
        return ds;
    }

    /** The suppliers, contracts and business units the tests refer to, into a database with the reference schema. */
    public static void seed(Statement st) throws SQLException {
        st.execute("INSERT INTO dbo.tblBusinessUnits (sgName) VALUES (N'NSW Housing'), (N'QLD Housing')");
        st.execute("INSERT INTO dbo.tblSuppliers (sgSupplierCode, sgSupplierName, sgABN, bGSTRegistered, sgEmail, sgFax, sgPhone,"
                + " sgState, sgPostcode, inCallupMethod, sgJobFileID, bExcludedFromIntegration) VALUES"
                + " ('SPARK01', N'Sparkright Electrical Pty Ltd', '87347712782', 1, N'jobs@sparkright.example.com.au', NULL, '+61255501234', 'NSW', '2567', 1, NULL, 0),"
                + " ('PLUMB02', N'Harbourside Plumbing', '34161973069', 1, NULL, '+61255509876', '+61255509870', 'NSW', '2750', 2, NULL, 0),"
                + " ('CONC03', N'Westway Concreting', '87347712783', 1, N'', NULL, '0491 570 158', 'QLD', '4305', 1, NULL, 0),"
                + " ('JFILE04', N'Linked Carpentry', '77423938499', 1, N'old@carpentry.example.com.au', NULL, NULL, 'NSW', '2570', 4, 'JF-778', 0),"
                + " ('EXCL05', N'Excluded Roofing', '14698935572', 1, N'roof@example.com.au', NULL, NULL, 'NSW', '2570', 1, NULL, 1)");
        st.execute("INSERT INTO dbo.tblContracts (sgContractNo, inJobType, inContractStatus, fkidBusinessUnit, sgState, sgPostcode) VALUES"
                + " ('24017', 4, 1, 1, 'NSW', '2570'), ('24050', 3, 1, 1, 'NSW', '2570')");
    }

    /** The monitor store, migrated by the project's own Flyway scripts. */
    static DataSource store() {
        DataSource ds = h2("store");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        return ds;
    }

    static Path write(Path dir, String name, String content) throws IOException {
        return write(dir, name, content, StandardCharsets.UTF_8, false);
    }

    static Path write(Path dir, String name, String content, Charset cs, boolean bom) throws IOException {
        byte[] body = content.getBytes(cs);
        byte[] bytes = bom ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body) : body;
        return Files.write(dir.resolve(name), bytes);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** Lines joined with CRLF, as Windows exports write them, with a final line break. */
    static String crlf(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }
}
