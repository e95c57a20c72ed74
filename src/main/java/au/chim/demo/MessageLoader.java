package au.chim.demo;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** About 4000 outbound messages over 30 days, nearly all delivered, plus the seeded failures from {@link SeededMessages}. */
final class MessageLoader {
    static final String[] COLUMNS = {"inMessageType", "inAudience", "inMethod", "fkidSupplier", "fkidClient", "fkidContract",
        "sgToAddress", "sgFaxNumber", "sgSubject", "sgInternetMessageId", "inStatus", "inAttemptCount", "dtQueued", "dtNextAttempt",
        "dtSent", "dtStatusChanged", "sgGatewayJobId", "sgLastErrorCode", "sgLastError"};
    private static final String[] TASKS = {"Site cut", "Slab pour", "Frame", "Roof cover", "Brickwork", "Electrical rough-in",
        "Plumbing rough-in", "Plasterboard", "Waterproofing", "Tiling", "Kitchen install", "Painting", "Fit-off", "Fencing", "Builders clean"};

    private final DemoContext ctx;
    private final List<SupplierLoader.Row> suppliers;
    private final List<MasterDataLoader.Contract> contracts;

    MessageLoader(DemoContext ctx, List<SupplierLoader.Row> suppliers, List<MasterDataLoader.Contract> contracts) {
        this.ctx = ctx;
        this.suppliers = suppliers.stream().filter(r -> r.active && r.inRandomWork).toList();
        this.contracts = contracts.stream().filter(c -> c.jobType() == 4 && c.status() == 1).toList();
    }

    void load() throws SQLException {
        Fake f = ctx.fake;
        Map<String, Integer> supplierIds = ctx.ids("dbo.tblSuppliers", "idSupplier", "sgSupplierCode");
        Map<String, Integer> clientIds = ctx.ids("dbo.tblClients", "idClient", "sgDebtorCode");
        Map<Integer, String> clientEmails = new java.util.HashMap<>();
        try (java.sql.Statement st = ctx.c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT idClient, sgEmail FROM dbo.tblClients")) {
            while (rs.next()) {
                clientEmails.put(rs.getInt(1), rs.getString(2));
            }
        }
        List<String[]> users = new ArrayList<>();
        for (String[] u : MasterDataLoader.USERS) {
            users.add(u);
        }
        List<LocalDateTime> times = new ArrayList<>();
        while (times.size() < 3960) {
            // ClickHome sends during the working day, Monday to Saturday
            LocalDateTime t = ctx.now.toLocalDate().minusDays(f.between(0, 29)).atTime(f.between(6, 17), f.between(0, 59), f.between(0, 59));
            if (t.isBefore(ctx.minutesAgo(3)) && t.getDayOfWeek() != java.time.DayOfWeek.SUNDAY) {
                times.add(t);
            }
        }
        times.sort(null);
        try (Batch b = new Batch(ctx.c, "dbo.tblMessages", COLUMNS)) {
            for (LocalDateTime queued : times) {
                MasterDataLoader.Contract c = f.pick(contracts);
                String task = f.pick(TASKS);
                int roll = f.between(1, 100);
                int type = roll <= 60 ? 1 : roll <= 70 ? 2 : roll <= 73 ? 3 : roll <= 83 ? 4 : roll <= 93 ? 5 : roll <= 98 ? 6 : 7;
                Msg m = new Msg(type, queued);
                m.contractId = c.id();
                if (type <= 4) {
                    SupplierLoader.Row s = f.pick(suppliers);
                    m.audience = 1;
                    m.supplierId = supplierIds.get(s.code);
                    m.method = s.method == 5 ? 1 : s.method;
                    m.subject = new String[] {"", "Call-up", "Reschedule", "Cancellation", "Confirmation required"}[type] + ": "
                            + c.no() + " " + c.suburb() + " - " + task;
                    m.address(ctx, s.email, s.fax, s.mobile);
                } else if (type == 6 && clientEmails.get(c.clientId()) != null) {
                    m.audience = 3;
                    m.clientId = c.clientId();
                    m.method = 1;
                    m.to = clientEmails.get(c.clientId());
                    m.subject = "Your new home at " + c.suburb() + ": construction update";
                    m.messageId = Msg.messageId(f);
                } else {
                    String[] u = f.pick(users);
                    m.audience = 2;
                    m.method = 1;
                    m.to = u[1].toLowerCase().replace(' ', '.') + "@example-homes.com.au";
                    m.subject = type == 7 ? "Daily schedule report " + queued.toLocalDate() : "Task overdue: " + c.no() + " " + task;
                    m.messageId = Msg.messageId(f);
                }
                m.outcome(ctx);
                m.addTo(b);
            }
            SeededMessages.add(ctx, b, supplierIds, clientIds);
        }
    }
}
