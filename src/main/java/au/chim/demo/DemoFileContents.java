package au.chim.demo;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Contents of the demo drop files, in the column layouts of domain doc section 7 (CRLF, RFC 4180 quoting). */
final class DemoFileContents {
    static final String PO_HEADER = "PONumber,POVersion,OrderType,JobNumber,SupplierCode,SupplierName,SupplierABN,OrderDate,"
            + "RequiredDate,LineNo,CostCentre,CostCode,ItemCode,Description,Quantity,Unit,UnitPriceExGST,LineExGST,GSTCode,LineGST,"
            + "LineIncGST,Estimator,Notes";
    static final String ACK_HEADER = "ApprovalId,PONumber,JobNumber,SupplierCode,AccountingStatus,AccountingRef,ProcessedAt,PaidDate,RejectReason";
    static final String SUPPLIER_HEADER = "SupplierCode,SupplierName,TradingName,ABN,GSTRegistered,ContactName,Email,Phone,Mobile,Fax,"
            + "Street,Suburb,State,Postcode,HeadOfficeCode,TradeCode,CallupMethod,MessageGrouping,Active,InsuranceExpiry,LastModified";
    static final String JOB_HEADER = "JobNumber,JobType,BusinessUnit,Region,ClientCode,ClientName,ClientEmail,ClientMobile,ClientPhone,"
            + "LotNumber,StreetNumber,StreetName,Suburb,State,Postcode,HouseType,Facade,ContractPriceExGST,ContractGST,"
            + "ContractPriceIncGST,ContractSignedDate,Estimator,Salesperson,Supervisor,TemplateCode";

    private final ZonedDateTime now;
    private final String today;
    private final String required;

    DemoFileContents(ZonedDateTime now) {
        this.now = now;
        this.today = now.toLocalDate().toString();
        this.required = now.toLocalDate().plusDays(42).toString();
    }

    private static String csv(String header, String... rows) {
        StringBuilder b = new StringBuilder(header).append("\r\n");
        for (String r : rows) {
            b.append(r).append("\r\n");
        }
        return b.toString();
    }

    private String ts(long minutesAgo) {
        return now.minusMinutes(minutesAgo).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    String goodPo() {
        return csv(PO_HEADER,
                "24017/012,1,ORDER,24017,SPARK01,Sparkright Electrical Pty Ltd,87347712782," + today + "," + required
                        + ",1,ELEC,0410,RGH-IN,Electrical rough-in single storey,1,item,3850.0000,3850.00,GST,385.00,4235.00,Priya Shah,",
                "24017/012,1,ORDER,24017,SPARK01,Sparkright Electrical Pty Ltd,87347712782," + today + "," + required
                        + ",2,ELEC,0411,FIT-OFF,Electrical fit-off,1,item,1000.0000,1000.00,GST,100.00,1100.00,Priya Shah,",
                "24052/002,1,ORDER,24052,PLUMB02,Harbourside Plumbing,34161973069," + today + "," + required
                        + ",1,PLUMB,0420,,\"Plumbing rough-in, incl. gas\",1,item,5200.0000,5200.00,GST,520.00,5720.00,Priya Shah,"
                        + "\"Access via side gate[LF]Call Tina on arrival\"");
    }

    String badPo() {
        return csv(PO_HEADER,
                "24017/013,1,ORDER,24017,TILE09,Coastline Tiling,," + today + ",,1,TILE,0520,,Wall and floor tiling wet areas,48.5,m2,"
                        + "64.3299,3120.00,GST,312.00,3432.00,Priya Shah,\"Ensuite + main bath[LF]Tiles supplied by builder\"",
                "24052/003,1,ORDER,24052,PLUMB02,Harbourside Plumbing,34161973069," + today + "," + required
                        + ",1,PLUMB,0421,,Plumbing fit-off,1,item,500.0000,500.00,GST,52.00,552.00,Priya Shah,",
                "24052/003,1,ORDER,24052,PLUMB02,Harbourside Plumbing,34161973069," + today + "," + required
                        + ",2,PLUMB,0421,,Hot water unit install,1,item,1600.0000,1600.00,GST,160.00,1706.00,Priya Shah,");
    }

    String partialPo() {
        return PO_HEADER + "\r\n24061/004,1,ORDER,24061,CONC15,Southern Cross Concrete,,"
                + today + ",,1,CONC,0220,,Driveway and pa";
    }

    String wrongHeaderPo() {
        return csv("Order No,Job,Creditor,Order Total,Printed",
                "J3310-002,3310,SPARK41,\"1,180.00\",04/03/2024",
                "J3310-003,3310,PLUMB42,\"2,450.00\",04/03/2024");
    }

    String poAck() {
        return csv(ACK_HEADER,
                "A-000981,24017/012,24017,SPARK01,ACCEPTED,AP-" + now.getYear() + "-00871," + ts(35) + ",,",
                "A-000982,24017/013,24017,TILE09,REJECTED,," + ts(35) + ",,Supplier not on creditor ledger",
                "A-000960,24057/002,24057,BRICK07,PAID,AP-" + now.getYear() + "-00802," + ts(35) + "," + LocalDate.from(now).minusDays(1) + ",");
    }

    String suppliers() {
        String mod = ts(65);
        return csv(SUPPLIER_HEADER,
                "SPARK01,Sparkright Electrical Pty Ltd,Sparkright,87 347 712 782,Y,Dean Rossi,jobs@sparkright.example.com.au,"
                        + "(02) 5550 1234,0491 570 156,,4/12 Industrial Rd,Smeaton Grange,NSW,2567,,ELEC,EMAIL,MessagePerDay,Y,"
                        + now.toLocalDate().plusMonths(7) + "," + mod,
                "PLUMB02,Harbourside Plumbing,,34161973069,Y,Tina Moore,,(02) 5550 9870,,(02) 5550 9876,7 Trade St,Penrith,NSW,2750,,"
                        + "PLUMB,FAX,MessagePerMessage,Y," + now.toLocalDate().plusMonths(3) + "," + mod,
                "CONC03,Westway Concreting,,87347712783,Y,Sam Lee,,,0491 570 158,,,Ipswich,QLD,4305,,CONC,EMAIL,,Y,," + mod,
                "TILE30,Mosaic Tiling,,,Y,Elena Georgiou,elena@mosaictiling.example.com.au,(03) 5550 4410,,,,Tarneit,VIC,3029,,TILE,"
                        + "JOBFILE,MessagePerMessage,Y,," + mod,
                "CARP61,O\u2019Connor Carpentry,,52 170 214 042,Y,Se\u00e1n O\u2019Connor,sean@oconnor.example.com.au,(02) 5550 7781,,,"
                        + "\"Unit 3, 18 Anvil Rd\",Penrith,NSW,2750,,CARP,EMAIL,MessagePerContract,Y,," + mod,
                "STONE62,Caf\u00e9 Stone Benchtops,,51917329202,Y,Ren\u00e9e M\u00fcller,orders@cafestone.example.com.au,(03) 5550 2290,,,"
                        + ",Truganina,VIC,3029,,CABI,EMAIL,MessagePerMessage,Y," + now.toLocalDate().minusDays(20) + "," + mod);
    }

    String jobs() {
        return csv(JOB_HEADER,
                "24017,CONSTRUCTION,NSW Housing,South West,NGUY01,Mr J & Mrs K Nguyen,k.nguyen@example.com,0491 570 157,,1203,14,"
                        + "Peppercorn Ave,Oran Park,NSW,2570,Aspen 28,Coastal,386363.64,38636.36,425000.00,2024-02-12,Priya Shah,Luke Tan,mkelly,SS-STD-2024",
                "24402,CONSTRUCTION,VIC Housing,West,TRAN04,Minh & Linh Tran,minh.tran@example.com.au,0491 575 254,,88,7,"
                        + "Saltbush Ln,Tarneit,VIC,2029,Banksia 24,Modern,372727.27,37272.73,410000.00," + today
                        + ",Priya Shah,Luke Tan,lrusso,SS-STD-2024");
    }

    String faxErr() {
        return "[Fax]\r\nJobID=" + SeededErrors.FAX_JOB_ID + "\r\nNumber=0255504417\r\nRecipient=Redgum Bricklaying\r\n"
                + "Subject=Call-up: 24057\r\nStatus=Failed\r\nAttempts=3\r\n"
                + "Description=No answer (T.30 T1 timeout). The remote fax did not answer after 3 attempts.\r\n"
                + "Completed=" + ts(12) + "\r\n";
    }

    String faxOk() {
        return "[Fax]\r\nJobID=FM4409871\r\nNumber=0255509876\r\nRecipient=Harbourside Plumbing\r\nSubject=Call-up: 24017\r\n"
                + "Status=Sent\r\nPages=2\r\nCompleted=" + ts(70) + "\r\n";
    }

    String faxPickup() {
        return "::Tina Moore,Harbourside Plumbing,,,,0255509876\r\n::S=Call-up: 24310 Marsden Park - Plumbing rough-in\r\n"
                + "Please attend site for plumbing rough-in.\r\n";
    }

    /** The first bytes of an .xlsx (a zip): what arrives when someone saves a spreadsheet with a .csv name. */
    static byte[] spreadsheetBytes() {
        byte[] b = new byte[512];
        byte[] head = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00};
        System.arraycopy(head, 0, b, 0, head.length);
        byte[] name = "[Content_Types].xml".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, b, 30, name.length);
        for (int i = 30 + name.length; i < b.length; i++) {
            b[i] = (byte) ((i * 31 + 7) & 0xFF);
        }
        return b;
    }
}
