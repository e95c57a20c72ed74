package au.chim.detect.bounce;

import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** H2 databases in SQL Server mode: the ClickHome reference schema with a few rows, and the monitor store. */
final class TestDatabases {
    private TestDatabases() {
    }

    static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        return ds;
    }

    /**
     * The monitor store migration, run as a plain script: Flyway (as the pom resolves it today) fails at start
     * with NoClassDefFoundError com.fasterxml.jackson.annotation.JsonSerializeAs (Jackson 3 vs annotations 2.19).
     */
    static DataSource monitorStore() {
        DataSource ds = h2();
        try {
            run(ds, Files.readString(Path.of("src/main/resources/db/migration/V1__monitor_store.sql")));
        } catch (IOException | SQLException e) {
            throw new IllegalStateException(e);
        }
        return ds;
    }

    private static void run(DataSource ds, String script) throws SQLException {
        String clean = script.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("--[^\\n]*", "");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String stmt : clean.split(";")) {
                if (!stmt.isBlank()) {
                    s.execute(stmt);
                }
            }
        }
    }

    /** Reference schema plus: SPARK01 (email + fax), CONC03 (email + fax), client NGUY01, contract 24017, messages. */
    static DataSource clickHome() throws IOException, SQLException {
        DataSource ds = h2();
        run(ds, "CREATE SCHEMA IF NOT EXISTS dbo;" + Files.readString(Path.of("config/clickhome/reference-schema.sql")));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String row : FIXTURE) {
                s.execute(row);
            }
        }
        return ds;
    }

    private static final String[] FIXTURE = {
        "INSERT INTO dbo.tblBusinessUnits (sgName) VALUES ('Sydney North')",
        "INSERT INTO dbo.tblUsers (sgUserName, sgFullName, sgEmail, bSupervisor) VALUES ('jsmith', 'John Smith', 'john.smith@acmehomes.com.au', 1)",
        "INSERT INTO dbo.tblClients (sgClientName, sgDebtorCode, sgEmail) VALUES ('Nguyen Family', 'NGUY01', 'nguyen.family@example.com')",
        "INSERT INTO dbo.tblContracts (sgContractNo, inJobType, inContractStatus, fkidClient, fkidBusinessUnit, fkidSupervisor1)"
                + " VALUES ('24017', 4, 1, 1, 1, 1)",
        "INSERT INTO dbo.tblSuppliers (sgSupplierCode, sgSupplierName, sgEmail, sgFax, inCallupMethod)"
                + " VALUES ('SPARK01', 'Sparky Electrical Pty Ltd', 'accounts@sparkyelec.com.au', '(02) 9876 5432', 1)",
        "INSERT INTO dbo.tblSuppliers (sgSupplierCode, sgSupplierName, sgEmail, sgFax, inCallupMethod)"
                + " VALUES ('CONC03', 'Coastal Concreting', 'Orders@ConcCoast.com.au', '02-4655-1200', 2)",
        // 1: email call-up to SPARK01, Message-ID stored with brackets
        "INSERT INTO dbo.tblMessages (inMessageType, inAudience, inMethod, fkidSupplier, fkidContract, sgToAddress, sgInternetMessageId, inStatus, dtSent)"
                + " VALUES (1, 1, 1, 1, 1, 'accounts@sparkyelec.com.au', '<CH.1042.20261120091400@clickhome.acmehomes.com.au>', 3, '2026-11-20 09:14:00')",
        // 2 and 3: emails to CONC03 without Message-ID, an old one and a recent one
        "INSERT INTO dbo.tblMessages (inMessageType, inAudience, inMethod, fkidSupplier, fkidContract, sgToAddress, inStatus, dtSent)"
                + " VALUES (1, 1, 1, 2, 1, 'Orders@ConcCoast.com.au', 3, '2026-10-01 08:00:00')",
        "INSERT INTO dbo.tblMessages (inMessageType, inAudience, inMethod, fkidSupplier, fkidContract, sgToAddress, inStatus, dtSent)"
                + " VALUES (1, 1, 1, 2, 1, 'Orders@ConcCoast.com.au', 3, '2026-11-21 08:58:39')",
        // 4: fax to SPARK01 as email to FaxMaker, with its job id
        "INSERT INTO dbo.tblMessages (inMessageType, inAudience, inMethod, fkidSupplier, fkidContract, sgToAddress, sgFaxNumber, sgGatewayJobId, inStatus, dtSent)"
                + " VALUES (1, 1, 2, 1, 1, '0298765432@faxmaker.com', '(02) 9876 5432', '20261120-000311', 2, '2026-11-20 09:19:00')",
        // 5: fax to CONC03, number stored with dashes, no job id
        "INSERT INTO dbo.tblMessages (inMessageType, inAudience, inMethod, fkidSupplier, fkidContract, sgToAddress, sgFaxNumber, inStatus, dtSent)"
                + " VALUES (1, 1, 2, 2, 1, '0246551200@faxmaker.com', '02-4655-1200', 2, '2026-11-20 09:50:00')",
        // 6: client message (client via the contract only), Message-ID stored bare
        "INSERT INTO dbo.tblMessages (inMessageType, inAudience, inMethod, fkidContract, sgToAddress, sgInternetMessageId, inStatus, dtSent)"
                + " VALUES (6, 3, 1, 1, 'nguyen.family@example.com', 'CH.2001.20261120100000@clickhome.acmehomes.com.au', 3, '2026-11-20 10:00:00')",
    };
}
