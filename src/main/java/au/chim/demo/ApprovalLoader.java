package au.chim.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Authorisations to pay (task completions) exported to accounting, mostly acknowledged, plus the seeded unacknowledged and rejected ones. */
final class ApprovalLoader {
    private final DemoContext ctx;
    private int next = 1001;

    ApprovalLoader(DemoContext ctx) {
        this.ctx = ctx;
    }

    void load(List<PoSpec> all) throws SQLException {
        Fake f = ctx.fake;
        List<PoSpec> plain = new ArrayList<>();
        try (Batch b = new Batch(ctx.c, "dbo.tblIntPOApprovals", "sgApprovalId", "fkidIntPOHeader", "sgPONumber", "sgContractNo",
                "sgSupplierCode", "dcApprovePercent", "dcApproveExGST", "inExportStatus", "dtExported", "sgAckStatus", "sgAckMessage",
                "dtAcknowledged")) {
            for (PoSpec p : all) {
                boolean seeded = SeededErrors.isSeededPo(p.poNumber);
                // task completions are approved on loaded, current POs old enough for the work to be done
                if (!seeded && p.loadStatus == 1 && !"CANCEL".equals(p.orderType) && p.received.isBefore(ctx.daysAgo(15))) {
                    plain.add(p);
                }
                switch (p.poNumber + "/" + p.version + "/" + p.loadStatus) {
                    case "24017/012/1/1" -> acked(b, "A-000981", p, 50, ctx.daysAgo(3), "ACCEPTED", null);
                    case "24057/002/1/8" -> acked(b, "A-000960", p, 100, ctx.daysAgo(8), "PAID", null);
                    case "24144/003/1/8" -> acked(b, "A-000961", p, 50, ctx.daysAgo(4), "ACCEPTED", null);
                    case "24130/002/1/1" -> row(b, "A-000976", p, 100, 3, ctx.daysAgo(4), "REJECTED", "Supplier ABN invalid", ctx.daysAgo(3));
                    default -> {
                    }
                }
            }
            // exported but never acknowledged: 7, 5 and 4 calendar days ago, so always more than 2 business days
            row(b, "A-000970", plain.get(0), 100, 1, ctx.daysAgo(7), null, null, null);
            row(b, "A-000971", plain.get(1), 50, 1, ctx.daysAgo(5), null, null, null);
            row(b, "A-000972", plain.get(2), 100, 1, ctx.daysAgo(4).minusHours(2), null, null, null);
            row(b, "A-000975", plain.get(3), 100, 3, ctx.daysAgo(3), "REJECTED", "Exceeds PO value", ctx.daysAgo(2));
            row(b, "A-000977", plain.get(4), 100, 3, ctx.daysAgo(2), "REJECTED", "PO closed", ctx.daysAgo(1));
            for (PoSpec p : plain.subList(5, plain.size())) {
                if (!f.chance(0.6)) {
                    continue;
                }
                LocalDateTime done = p.received.plusDays(f.between(7, 40));
                if (done.isAfter(ctx.now)) {
                    done = ctx.now.minusHours(f.between(1, 20));
                }
                if (done.isAfter(ctx.daysAgo(1))) {
                    // exported within the last day: acknowledgement not due yet, or not exported yet
                    int status = f.chance(0.5) ? 1 : 0;
                    row(b, id(), p, 100, status, status == 1 ? done.plusMinutes(30) : null, null, null, null);
                } else if (f.chance(0.3)) {
                    acked(b, id(), p, 50, done.minusDays(f.between(5, 12)), "PAID", null);
                    acked(b, id(), p, 50, done, f.chance(0.5) ? "PAID" : "ACCEPTED", null);
                } else {
                    acked(b, id(), p, 100, done, f.chance(0.6) ? "PAID" : "ACCEPTED", null);
                }
            }
        }
    }

    private String id() {
        return String.format("A-%06d", next++);
    }

    private void acked(Batch b, String id, PoSpec p, int percent, LocalDateTime exported, String status, String message) throws SQLException {
        row(b, id, p, percent, 2, exported, status, message, exported.plusHours(ctx.fake.between(2, 20)));
    }

    private void row(Batch b, String id, PoSpec p, int percent, int exportStatus, LocalDateTime exported, String ack, String message,
                     LocalDateTime acked) throws SQLException {
        BigDecimal amount = p.ex.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        b.row(id, p.headerId, p.poNumber, p.contractNo, p.supplierCode, BigDecimal.valueOf(percent).setScale(2), amount, exportStatus,
                exported, ack, message, acked != null && acked.isAfter(ctx.now) ? ctx.now.minusMinutes(5) : acked);
    }
}
