package au.chim.demo;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Business units, staff, clients and contracts (jobs), including the domain-doc sample rows and the seeded client/contract defects. */
final class MasterDataLoader {
    /** A contract as the PO and message loaders need it. */
    record Contract(int id, String no, int businessUnit, int jobType, int status, int supervisorId, Integer clientId,
                    String suburb, java.time.LocalDateTime created) {
    }

    static final String[][] USERS = {
        {"mkelly", "Mick Kelly", "1", "1"}, {"jchen", "Jason Chen", "1", "1"}, {"sbrown", "Sarah Brown", "1", "2"},
        {"tnguyen", "Tuan Nguyen", "1", "2"}, {"lrusso", "Luca Russo", "1", "3"}, {"apatel", "Anita Patel", "1", "3"},
        {"pshah", "Priya Shah", "0", "0"}, {"ltan", "Luke Tan", "0", "0"}, {"rmurphy", "Rachel Murphy", "0", "0"},
        {"dwalsh", "Dave Walsh", "0", "0"}, {"kgeorgiou", "Kat Georgiou", "0", "0"},
    };

    private final DemoContext ctx;

    MasterDataLoader(DemoContext ctx) {
        this.ctx = ctx;
    }

    void loadBusinessUnitsAndUsers() throws SQLException {
        try (Batch b = new Batch(ctx.c, "dbo.tblBusinessUnits", "sgName")) {
            for (String bu : new String[] {"NSW Housing", "QLD Housing", "VIC Housing"}) {
                b.row(bu);
            }
        }
        try (Batch b = new Batch(ctx.c, "dbo.tblUsers", "sgUserName", "sgFullName", "sgEmail", "sgMobile", "bSupervisor", "bActive")) {
            for (String[] u : USERS) {
                String email = u[1].toLowerCase().replace(' ', '.') + "@example-homes.com.au";
                String mobile = u[0].equals("mkelly") ? "+61491570156" : ctx.fake.mobile();
                b.row(u[0], u[1], email, mobile, u[2].equals("1"), true);
            }
            b.row("svc_clickhome", "ClickHome Service Account", null, null, false, false);
        }
    }

    List<Integer> loadClients() throws SQLException {
        Fake f = ctx.fake;
        Set<String> codes = new HashSet<>();
        try (Batch b = new Batch(ctx.c, "dbo.tblClients", "sgClientName", "sgDebtorCode", "sgEmail", "sgMobile", "sgPhone",
                "sgPostalStreet", "sgPostalSuburb", "sgPostalState", "sgPostalPostcode", "bActive", "dtModified")) {
            b.row("Mr J & Mrs K Nguyen", "NGUY01", "k.nguyen@example.com", "+61491570157", null, "14 Peppercorn Ave", "Oran Park",
                    "NSW", "2570", true, ctx.daysAgo(40));
            codes.add("NGUY01");
            for (String[] s : SeededErrors.CLIENTS) {
                b.row(s[0], s[1], s[2], s[3], s[4], f.between(1, 80) + " " + f.pick(Names.STREETS), s[5], s[6], s[7], true,
                        ctx.daysAgo(f.between(2, 60)));
                codes.add(s[1]);
            }
            while (b.total() < 120) {
                String first = f.pick(Names.FIRST);
                String last = f.pick(Names.LAST);
                String name = switch (f.between(0, 2)) {
                    case 0 -> "Mr " + first.charAt(0) + " & Mrs " + f.pick(Names.FIRST).charAt(0) + " " + last;
                    case 1 -> first + " " + last;
                    default -> first + " & " + f.pick(Names.FIRST) + " " + last;
                };
                String stem = (last.replaceAll("[^A-Za-z]", "").toUpperCase() + "XXXX").substring(0, 4);
                int n = 1;
                while (codes.contains(stem + String.format("%02d", n))) {
                    n++;
                }
                String code = stem + String.format("%02d", n);
                codes.add(code);
                Names.Place p = f.pick(Names.placesOf(f.between(1, 3)));
                String mail = (first + "." + last).toLowerCase().replaceAll("[^a-z.]", "") + f.between(1, 99)
                        + (f.chance(0.5) ? "@example.com" : "@example.com.au");
                b.row(name, code, mail, f.mobile(), f.chance(0.3) ? f.landline(p.state()) : null,
                        f.between(1, 120) + " " + f.pick(Names.STREETS), p.suburb(), p.state(), p.postcode(), true,
                        ctx.daysAgo(f.between(1, 300)));
            }
        }
        return new ArrayList<>(ctx.ids("dbo.tblClients", "idClient", "sgDebtorCode").values());
    }

    List<Contract> loadContracts(List<Integer> clientIds) throws SQLException {
        Fake f = ctx.fake;
        Map<String, Integer> users = ctx.ids("dbo.tblUsers", "idUser", "sgUserName");
        List<Object[]> rows = new ArrayList<>();
        int no = 24000;
        while (rows.size() < 400) {
            no++;
            if (no == 24099) {
                continue; // 24099 is the job no. the sample PO_UNKNOWN_CONTRACT row refers to
            }
            String contractNo = String.valueOf(no);
            boolean sample = no == 24017;
            int bu = sample ? 1 : f.between(1, 100) <= 45 ? 1 : f.between(2, 3);
            int roll = f.between(1, 100);
            int jobType = roll <= 85 ? 4 : roll <= 90 ? 1 : roll <= 93 ? 2 : roll <= 98 ? 3 : 5;
            roll = f.between(1, 100);
            int status = roll <= 80 ? 1 : roll <= 85 ? 2 : roll <= 95 ? 3 : 4;
            roll = f.between(1, 100);
            int sched = roll <= 15 ? 0 : roll <= 70 ? 1 : roll <= 96 ? 2 : 3;
            // contracts are numbered in creation order: the oldest about 300 days ago
            java.time.LocalDateTime created = ctx.daysAgo(300 - (long) rows.size() * 290 / 400).minusMinutes(f.between(0, 600));
            java.time.LocalDateTime schedChanged = sched == 3 ? ctx.hoursAgo(f.between(2, 40)) : created.plusDays(f.between(1, 5));
            Names.Place p = f.pick(Names.placesOf(bu));
            String suburb = p.suburb();
            String state = p.state();
            String postcode = p.postcode();
            Integer client = f.pick(clientIds);
            String supervisor = f.pick(new String[] {MasterDataLoader.USERS[(bu - 1) * 2][0], MasterDataLoader.USERS[(bu - 1) * 2 + 1][0]});
            if (sample) {
                jobType = 4;
                status = 1;
                client = clientIds.get(0);
                supervisor = "mkelly";
                suburb = "Oran Park";
                state = "NSW";
                postcode = "2570";
            }
            if (SeededErrors.isSeededContract(contractNo)) {
                jobType = 4;
                status = 1;
                sched = sched == 3 ? 1 : sched;
            }
            Integer daysUpdated = SeededErrors.UPDATED_CONTRACTS.get(contractNo);
            if (daysUpdated != null) {
                jobType = 4;
                status = 1;
                sched = 3;
                schedChanged = ctx.daysAgo(daysUpdated);
            }
            if (contractNo.equals(SeededErrors.CONTRACT_BAD_ADDRESS)) {
                state = "NSW";
                postcode = "3029";
            }
            rows.add(new Object[] {contractNo, jobType, status, sched, client, bu, users.get(supervisor), suburb, state, postcode,
                schedChanged, created});
        }
        try (Batch b = new Batch(ctx.c, "dbo.tblContracts", "sgContractNo", "inJobType", "inContractStatus", "inSchedulingStatus",
                "fkidClient", "fkidBusinessUnit", "fkidSupervisor1", "sgSuburb", "sgState", "sgPostcode",
                "dtSchedulingStatusChanged", "dtCreated")) {
            for (Object[] r : rows) {
                b.row(r);
            }
        }
        Map<String, Integer> ids = ctx.ids("dbo.tblContracts", "idContract", "sgContractNo");
        List<Contract> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new Contract(ids.get((String) r[0]), (String) r[0], (Integer) r[5], (Integer) r[1], (Integer) r[2],
                    (Integer) r[6], (Integer) r[4], (String) r[7], (java.time.LocalDateTime) r[11]));
        }
        return out;
    }
}
