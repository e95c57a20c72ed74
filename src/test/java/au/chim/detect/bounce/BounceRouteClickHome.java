package au.chim.detect.bounce;

import org.springframework.jdbc.core.JdbcTemplate;

/** The ClickHome side of BounceMailboxRouteTest: the records and sent messages its sample bounces refer to. */
final class BounceRouteClickHome {
    private BounceRouteClickHome() {
    }

    /** Suppliers, a client and the messages the corpus quotes (by Message-ID, FaxMaker job id or fax number). */
    static void rows(JdbcTemplate db) {
        db.update("INSERT INTO dbo.tblClients (sgClientName, sgDebtorCode, sgEmail) VALUES ('Ivan Petrov', 'PETR01', 'ivan.petrov@yandex.example')");
        db.update("INSERT INTO dbo.tblContracts (sgContractNo, inJobType, inContractStatus, fkidClient) VALUES ('24017', 4, 1, 1)");
        String[][] suppliers = {
            {"SPARK01", "Sparky Electrical Pty Ltd", "accounts@sparkyelec.com.au", "(02) 9876 5432"},
            {"CONC03", "Coastal Concreting", "orders@conccoast.com.au", "02-4655-1200"},
            {"TILE08", "Pete's Tiling", "tiling.pete@bigpond.example.com", null},
            {"ROOF04", "RoofRite", "admin@roofrite.com.au", null},
            {"GYP05", "Gyprock Installs", "jobs@gyprockinstalls.com.au", null},
            {"BRICK06", "Dave's Bricklaying", "bricklaying.dave@gmail.com", null},
            {"KERB09", "Kerbing Co", "kerbing.co@gmail.com", null},
            {"PAINT07", "Perfect Paint", "quotes@perfectpaint.net.au", null},
            {"PLUMB11", "Harbour Plumbing", "office@harbourplumbing.example", "02 4655 1201"},
            {"GUTT12", "Gold Coast Gutters", "gutters@gcg.example", "(07) 3300 9999"},
        };
        for (String[] s : suppliers) {
            db.update("INSERT INTO dbo.tblSuppliers (sgSupplierCode, sgSupplierName, sgEmail, sgFax, inCallupMethod) VALUES (?, ?, ?, ?, 1)",
                    s[0], s[1], s[2], s[3]);
        }
        email(db, "SPARK01", "accounts@sparkyelec.com.au", "<CH.1042.20261120091400@clickhome.acmehomes.com.au>");
        email(db, "CONC03", "orders@conccoast.com.au", "<CH.1043.20261121085839@clickhome.acmehomes.com.au>");
        email(db, "TILE08", "tiling.pete@bigpond.example.com", "<CH.1044.20261120154019@clickhome.acmehomes.com.au>");
        email(db, "ROOF04", "admin@roofrite.com.au", "CH.1045.20261120113105@clickhome.acmehomes.com.au");
        email(db, "GYP05", "jobs@gyprockinstalls.com.au", "<CH.1039.20261119160540@clickhome.acmehomes.com.au>");
        email(db, "BRICK06", "bricklaying.dave@gmail.com", "<CH.1046.20261120161205@clickhome.acmehomes.com.au>");
        email(db, "KERB09", "kerbing.co@gmail.com", "<CH.1047.20261120214047@clickhome.acmehomes.com.au>");
        email(db, "PAINT07", "quotes@perfectpaint.net.au", "<CH.1048.20261120102229@clickhome.acmehomes.com.au>");
        email(db, "SPARK01", "0298765432@faxmaker.com", "<CH.1050.20261120120105@clickhome.acmehomes.com.au>");
        email(db, "SPARK01", "61298765432@faxmaker.com", "<CH.1054.20261120142000@clickhome.acmehomes.com.au>");
        db.update("INSERT INTO dbo.tblMessages (inMessageType, inAudience, inMethod, fkidContract, sgToAddress, sgInternetMessageId, inStatus, dtSent)"
                + " VALUES (6, 3, 1, 1, 'ivan.petrov@yandex.example', '<CH.1053.20261120150500@clickhome.acmehomes.com.au>', 3, '2026-11-20 15:05:00')");
        fax(db, "SPARK01", "(02) 9876 5432", "20261120-000311");
        fax(db, "CONC03", "02-4655-1200", "20261120-000318");
        fax(db, "PLUMB11", "02 4655 1201", null);   // found by its fax number
        fax(db, "GUTT12", "(07) 3300 9999", "20261120-000331");
    }

    private static void email(JdbcTemplate db, String supplier, String to, String messageId) {
        db.update("INSERT INTO dbo.tblMessages (inMessageType, inAudience, inMethod, fkidSupplier, fkidContract, sgToAddress, sgInternetMessageId,"
                + " inStatus, dtSent) SELECT 1, 1, 1, idSupplier, 1, ?, ?, 3, '2026-11-20 09:00:00' FROM dbo.tblSuppliers WHERE sgSupplierCode = ?",
                to, messageId, supplier);
    }

    private static void fax(JdbcTemplate db, String supplier, String number, String jobId) {
        db.update("INSERT INTO dbo.tblMessages (inMessageType, inAudience, inMethod, fkidSupplier, fkidContract, sgFaxNumber, sgGatewayJobId,"
                + " inStatus, dtSent) SELECT 1, 1, 2, idSupplier, 1, ?, ?, 2, '2026-11-20 09:30:00' FROM dbo.tblSuppliers WHERE sgSupplierCode = ?",
                number, jobId, supplier);
    }
}
