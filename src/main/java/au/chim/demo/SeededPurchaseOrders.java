package au.chim.demo;

import static au.chim.demo.PoSpec.money;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The domain-doc sample POs and the seeded PO interface errors; keys and codes are listed in {@link SeededErrors}. */
final class SeededPurchaseOrders {
    private SeededPurchaseOrders() {
    }

    static List<PoSpec> build(DemoContext ctx) {
        List<PoSpec> out = new ArrayList<>();
        LocalDateTime d6 = ctx.daysAgo(6);
        // domain doc 6.1: 24017/012 loaded, 24017/013 unknown supplier TILE09, 24099/001 unknown contract
        out.add(po("24017/012", "24017", "SPARK01", ctx.daysAgo(9), line("0410", "Electrical rough-in single storey", "1", "3850"),
                line("0411", "Electrical fit-off", "1", "1000")).status(1, ctx.daysAgo(9).plusMinutes(4)));
        out.add(po("24017/013", "24017", "TILE09", d6, line("0520", "Wall and floor tiling wet areas", "48.5", "64.3299"))
                .error("PO_UNKNOWN_SUPPLIER", "Supplier code TILE09 not found in ClickHome supplier master"));
        out.add(po("24099/001", "24099", "PLUMB02", ctx.daysAgo(5), line("0420", "Plumbing rough-in", "1", "1500"))
                .error("PO_UNKNOWN_CONTRACT", "Contract 24099 does not exist (or is not a Construction job)"));
        out.add(po("24150/004", "24150", "GLAZ07", ctx.daysAgo(2), line("0620", "Shower screens and mirrors", "1", "2290"))
                .error("PO_UNKNOWN_SUPPLIER", "Supplier code GLAZ07 not found in ClickHome supplier master"));
        out.add(po("2431/002", "2431", "SPARK41", ctx.hoursAgo(20), line("0411", "Electrical fit-off", "1", "1180"))
                .error("PO_UNKNOWN_CONTRACT", "Contract 2431 does not exist (or is not a Construction job)"));
        out.add(po("24203/003", "24203", "SKIPB32", ctx.daysAgo(3), line("0810", "Skip bin 6m3 x 2 swaps", "2", "395"))
                .error("PO_SUPPLIER_EXCLUDED", "Supplier SKIPB32 is excluded from integration; PO not loaded"));
        out.add(po("24288/005", "24288", "SKIPB32", ctx.daysAgo(1), line("0810", "Skip bin 9m3", "1", "520"))
                .error("PO_SUPPLIER_EXCLUDED", "Supplier SKIPB32 is excluded from integration; PO not loaded"));
        // ClickHome's own failures carry no code, only the .NET / SQL Server text
        PoSpec deadlock = po("24188/006", "24188", "PLAST10", ctx.hoursAgo(7), line("0510", "Plasterboard hang and set", "1", "15120"))
                .error(null, "Transaction (Process ID 87) was deadlocked on lock resources with another process and has been chosen "
                        + "as the deadlock victim. Rerun the transaction.");
        deadlock.attempts = 3;
        out.add(deadlock);
        out.add(po("24245/004", "24245", "PAINT12", ctx.hoursAgo(30), line("0610", "Internal and external painting", "1", "9640"))
                .error(null, "Object reference not set to an instance of an object."));
        // interface rows never picked up by the PO Load
        out.add(po("24310/003", "24310", "ROOF06", ctx.hoursAgo(3).minusMinutes(12), line("0320", "Roof cover Colorbond", "1", "14480")).status(0, null));
        out.add(po("24377/002", "24377", "FRAME05", ctx.hoursAgo(26), line("0310", "Wall and roof frames", "1", "32150")).status(0, null));
        // autotasks: cost codes with no template task
        out.add(autotask(po("24017/014", "24017", "TILE13", d6.plusHours(3), line("0520", "Wall and floor tiling wet areas", "1", "3180")),
                "0528", "Feature niche tiling", "420", d6.plusHours(3)));
        out.add(autotask(po("24140/005", "24140", "CONC15", ctx.daysAgo(4), line("0220", "Driveway and paths", "1", "7650")),
                "0229", "Exposed aggregate upgrade", "1850", ctx.daysAgo(4)));
        out.add(autotask(po("24290/003", "24290", "SPARK01", ctx.daysAgo(2), line("0411", "Electrical fit-off", "1", "1090")),
                "0419", "EV charger circuit", "960", ctx.daysAgo(2)));
        // header totals that are not the sum of the lines
        PoSpec t1 = po("24066/004", "24066", "GUTT16", ctx.daysAgo(4), line("0330", "Fascia, gutter and downpipes", "1", "4950"));
        t1.ex = money("5200.00");
        t1.gst = money("520.00");
        t1.inc = money("5720.00");
        out.add(t1.status(1, ctx.daysAgo(4).plusMinutes(6)));
        PoSpec t2 = po("24222/003", "24222", "CABI11", ctx.daysAgo(2), line("0530", "Kitchen and vanities", "1", "16900"),
                line("0530", "Extras per client variation", "2", "310"));
        t2.ex = money("16900.00");
        t2.gst = money("1690.00");
        t2.inc = money("18590.00");
        out.add(t2.status(1, ctx.daysAgo(2).plusMinutes(3)));
        // line GST that is not 10 % of ex
        PoSpec g1 = po("24111/003", "24111", "PLUMB02", ctx.daysAgo(3), line("0420", "Plumbing rough-in", "1", "5200"));
        g1.lines.get(0).gst = money("512.00");
        out.add(g1.totals().status(1, ctx.daysAgo(3).plusMinutes(5)));
        PoSpec g2 = po("24175/002", "24175", "INSUL17", ctx.daysAgo(1), line("0430", "Wall and ceiling batts", "1", "3300"));
        g2.lines.get(0).gst = money("0.00");
        out.add(g2.totals().status(1, ctx.daysAgo(1).plusMinutes(5)));
        // inc that is not ex + GST
        PoSpec i1 = po("24233/004", "24233", "PAINT12", ctx.daysAgo(2), line("0610", "Internal and external painting", "1", "7000"));
        i1.totals().inc = money("7770.00");
        out.add(i1.status(1, ctx.daysAgo(2).plusMinutes(5)));
        // CANCEL for a task already complete (24057/002 has approval A-000960) or started (24144/003, A-000961 at 50 %)
        out.addAll(cancelled("24057/002", "24057", "BRICK07", ctx.daysAgo(30), ctx.daysAgo(1), line("0340", "Face brickwork", "1", "22600")));
        out.addAll(cancelled("24144/003", "24144", "ROOF06", ctx.daysAgo(20), ctx.hoursAgo(18), line("0320", "Roof cover Colorbond", "1", "13900")));
        // the same PO number and version received twice with different content
        out.add(po("24090/002", "24090", "FENC38", ctx.daysAgo(12), line("0710", "Colorbond boundary fencing", "42", "78.5714")).status(1, ctx.daysAgo(12).plusMinutes(4)));
        out.add(po("24090/002", "24090", "FENC38", ctx.daysAgo(10), line("0710", "Colorbond boundary fencing", "46", "78.5714")).status(3, null));
        // inactive supplier on an open (loaded, unapproved) PO
        out.add(po("24320/002", "24320", "FRAME27", ctx.daysAgo(20), line("0310", "Wall and roof frames", "1", "29800")).status(1, ctx.daysAgo(20).plusMinutes(7)));
        // a CONC03 PO whose approval accounting rejects because of the bad ABN (A-000976)
        out.add(po("24130/002", "24130", "CONC03", ctx.daysAgo(25), line("0210", "Slab pour incl. pump", "1", "23900")).status(1, ctx.daysAgo(25).plusMinutes(3)));
        return out;
    }

    private static PoSpec po(String no, String contract, String supplier, LocalDateTime received, PoSpec.Line... lines) {
        PoSpec p = new PoSpec(no, contract, supplier, received);
        for (PoSpec.Line l : lines) {
            p.line(l);
        }
        return p.totals();
    }

    private static PoSpec.Line line(String code, String description, String qty, String unit) {
        return new PoSpec.Line(code, description, new BigDecimal(qty).setScale(3), new BigDecimal(unit));
    }

    private static PoSpec autotask(PoSpec p, String code, String description, String amount, LocalDateTime at) {
        PoSpec.Line l = line(code, description, "1", amount);
        l.matchStatus = 2;
        l.autotaskName = "Autotask for PO=" + p.poNumber;
        return p.line(l).totals().status(2, at.plusMinutes(5));
    }

    private static List<PoSpec> cancelled(String no, String contract, String supplier, LocalDateTime ordered, LocalDateTime cancelled,
                                          PoSpec.Line line) {
        PoSpec v1 = po(no, contract, supplier, ordered, line).status(8, ordered.plusMinutes(5));
        PoSpec v2 = po(no, contract, supplier, cancelled, new PoSpec.Line(line.costCode, "CANCEL: " + line.description,
                BigDecimal.ZERO.setScale(3), BigDecimal.ZERO));
        v2.version = 2;
        v2.orderType = "CANCEL";
        return List.of(v1, v2.status(1, cancelled.plusMinutes(4)));
    }
}
