package au.chim.demo;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** About 800 PO interface headers with lines (mostly loaded), the seeded PO errors, and the approvals sent back to accounting. */
final class PurchaseOrderLoader {
    private final DemoContext ctx;
    private final List<MasterDataLoader.Contract> contracts;
    private final List<SupplierLoader.Row> suppliers;
    private final Map<String, Integer> supplierIds;
    private final Map<String, Integer> contractIds = new HashMap<>();

    PurchaseOrderLoader(DemoContext ctx, List<MasterDataLoader.Contract> contracts, List<SupplierLoader.Row> suppliers)
            throws SQLException {
        this.ctx = ctx;
        this.contracts = contracts;
        this.suppliers = suppliers;
        this.supplierIds = ctx.ids("dbo.tblSuppliers", "idSupplier", "sgSupplierCode");
        contracts.forEach(c -> contractIds.put(c.no(), c.id()));
    }

    void load() throws SQLException {
        List<PoSpec> seeded = SeededPurchaseOrders.build(ctx);
        Set<String> used = new HashSet<>();
        seeded.forEach(p -> used.add(p.poNumber));
        List<PoSpec> all = new ArrayList<>();
        for (MasterDataLoader.Contract c : contracts) {
            if (c.jobType() != 4 || c.status() == 2) {
                continue;
            }
            int n = ctx.fake.between(1, 3) + (ctx.fake.chance(0.15) ? 1 : 0);
            int seq = 0;
            for (int i = 0; i < n; i++) {
                String no;
                do {
                    no = c.no() + "/" + String.format("%03d", ++seq);
                } while (used.contains(no));
                used.add(no);
                all.addAll(random(c, no));
            }
        }
        all.addAll(seeded);
        all.sort((a, b) -> a.received.compareTo(b.received));
        for (PoSpec p : all) {
            p.contractId = contractIds.get(p.contractNo);
            p.supplierId = supplierIds.get(p.supplierCode);
        }
        insert(all);
        new ApprovalLoader(ctx).load(all);
    }

    private List<PoSpec> random(MasterDataLoader.Contract c, String no) {
        Fake f = ctx.fake;
        List<String> trades = Names.COST_CODES.stream().map(Names.CostCode::trade).distinct().toList();
        String trade = f.pick(trades);
        String state = switch (c.businessUnit()) {
            case 2 -> "QLD";
            case 3 -> "VIC";
            default -> "NSW";
        };
        String supplier = pickSupplier(trade, state);
        long ageDays = java.time.Duration.between(c.created(), ctx.now).toDays();
        LocalDateTime received = ctx.now.minusMinutes(f.between(40, (int) Math.max(60, Math.min(ageDays, 200) * 1440)));
        PoSpec p = new PoSpec(no, c.no(), supplier, received);
        for (Names.CostCode cc : Names.COST_CODES) {
            if (cc.trade().equals(trade)) {
                BigDecimal amount = BigDecimal.valueOf(cc.typicalExGst() * (0.85 + f.between(0, 40) / 100.0));
                p.line(new PoSpec.Line(cc.code(), cc.description(), BigDecimal.ONE.setScale(3), amount));
            }
        }
        if (f.chance(0.25)) {
            p.line(new PoSpec.Line(p.lines.get(0).costCode, "Extras per client variation", BigDecimal.valueOf(f.between(1, 6)).setScale(3),
                    BigDecimal.valueOf(f.between(80, 450))));
        }
        int roll = f.between(1, 100);
        if (roll <= 3) {
            PoSpec.Line auto = new PoSpec.Line("0999", "Site specific extra works", BigDecimal.ONE.setScale(3), BigDecimal.valueOf(f.between(300, 2500)));
            auto.matchStatus = 2;
            auto.autotaskName = "Autotask for PO=" + no;
            p.line(auto).totals().status(2, received.plusMinutes(f.between(2, 20)));
            return List.of(p);
        }
        if (roll <= 5) {
            PoSpec.Line fee = new PoSpec.Line("9100", "Council inspection fee", BigDecimal.ONE.setScale(3), BigDecimal.valueOf(f.between(150, 600))).gstFree("N-T");
            fee.matchStatus = 3;
            p.line(fee);
        }
        p.totals().status(1, received.plusMinutes(f.between(2, 20)));
        if (roll > 5 && roll <= 11 && received.isBefore(ctx.daysAgo(3))) {
            // a variation reissues the PO as version 2 and supersedes version 1
            PoSpec v2 = new PoSpec(no, c.no(), supplier, received.plusDays(f.between(1, 3)));
            v2.version = 2;
            v2.orderType = "VARIATION";
            p.lines.forEach(l -> v2.line(new PoSpec.Line(l.costCode, l.description, l.quantity, l.unitPrice)));
            v2.line(new PoSpec.Line(p.lines.get(0).costCode, "Variation: additional items per VO", BigDecimal.ONE.setScale(3),
                    BigDecimal.valueOf(f.between(200, 1800))));
            v2.totals().status(1, v2.received.plusMinutes(f.between(2, 20)));
            p.loadStatus = 8;
            return List.of(p, v2);
        }
        return List.of(p);
    }

    private String pickSupplier(String trade, String state) {
        List<SupplierLoader.Row> sameState = new ArrayList<>();
        List<SupplierLoader.Row> anyState = new ArrayList<>();
        for (SupplierLoader.Row r : suppliers) {
            if (r.active && r.inRandomWork && r.trade.equals(trade)) {
                anyState.add(r);
                if (state.equals(r.state)) {
                    sameState.add(r);
                }
            }
        }
        return ctx.fake.pick(sameState.isEmpty() ? anyState : sameState).code;
    }

    private void insert(List<PoSpec> all) throws SQLException {
        try (Batch b = new Batch(ctx.c, "dbo.tblIntPOHeaders", "sgSourceSystem", "sgPONumber", "inPOVersion", "sgOrderType",
                "sgContractNo", "sgSupplierCode", "dtOrderDate", "dcTotalExGST", "dcTotalGST", "dcTotalIncGST", "inLoadStatus",
                "inAttemptCount", "sgErrorCode", "sgErrorMessage", "fkidContract", "fkidSupplier", "dtReceived", "dtLoaded")) {
            for (PoSpec p : all) {
                b.row(p.source, p.poNumber, p.version, p.orderType, p.contractNo, p.supplierCode, p.orderDate, p.ex, p.gst, p.inc,
                        p.loadStatus, p.attempts, p.errorCode, p.errorMessage, p.contractId, p.supplierId, p.received, p.loaded);
            }
        }
        // headers get their ids in insert order; read them back by that order to attach the lines
        List<Integer> ids = new ArrayList<>();
        try (Statement st = ctx.c.createStatement();
             ResultSet rs = st.executeQuery("SELECT idIntPOHeader FROM dbo.tblIntPOHeaders ORDER BY idIntPOHeader")) {
            while (rs.next()) {
                ids.add(rs.getInt(1));
            }
        }
        try (Batch b = new Batch(ctx.c, "dbo.tblIntPOLines", "fkidIntPOHeader", "inLineNo", "sgCostCode", "sgDescription",
                "dcQuantity", "dcUnitPriceExGST", "dcLineExGST", "sgGSTCode", "dcLineGST", "inMatchStatus", "sgAutotaskName")) {
            for (int i = 0; i < all.size(); i++) {
                PoSpec p = all.get(i);
                p.headerId = ids.get(i);
                int lineNo = 0;
                for (PoSpec.Line l : p.lines) {
                    b.row(p.headerId, ++lineNo, l.costCode, l.description, l.quantity, l.unitPrice, l.ex, l.gstCode, l.gst,
                            l.matchStatus, l.autotaskName);
                }
            }
        }
    }
}
