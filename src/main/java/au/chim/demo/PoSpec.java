package au.chim.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A PO interface header with its lines, before insert; totals default to the sum of the lines. */
final class PoSpec {
    static final BigDecimal TEN_PERCENT = new BigDecimal("0.10");

    /** One PO line; GST is 10 % of ex for GST-coded lines unless a seeded defect says otherwise. */
    static final class Line {
        String costCode;
        String description;
        BigDecimal quantity;
        BigDecimal unitPrice;
        BigDecimal ex;
        String gstCode = "GST";
        BigDecimal gst;
        int matchStatus;
        String autotaskName;

        Line(String costCode, String description, BigDecimal quantity, BigDecimal unitPrice) {
            this.costCode = costCode;
            this.description = description;
            this.quantity = quantity;
            this.unitPrice = unitPrice.setScale(4, RoundingMode.HALF_UP);
            this.ex = quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
            this.gst = ex.multiply(TEN_PERCENT).setScale(2, RoundingMode.HALF_UP);
        }

        Line gstFree(String code) {
            gstCode = code;
            gst = BigDecimal.ZERO.setScale(2);
            return this;
        }
    }

    String source = "DATABUILD";
    String poNumber;
    int version = 1;
    String orderType = "ORDER";
    String contractNo;
    String supplierCode;
    LocalDate orderDate;
    BigDecimal ex;
    BigDecimal gst;
    BigDecimal inc;
    int loadStatus = 1;
    int attempts = 1;
    String errorCode;
    String errorMessage;
    Integer contractId;
    Integer supplierId;
    LocalDateTime received;
    LocalDateTime loaded;
    /** Set once inserted. */
    int headerId;
    final List<Line> lines = new ArrayList<>();

    PoSpec(String poNumber, String contractNo, String supplierCode, LocalDateTime received) {
        this.poNumber = poNumber;
        this.contractNo = contractNo;
        this.supplierCode = supplierCode;
        this.received = received;
        this.orderDate = received.toLocalDate();
    }

    PoSpec line(Line l) {
        lines.add(l);
        return this;
    }

    /** Sets the header totals from the lines (call again after changing lines). */
    PoSpec totals() {
        ex = lines.stream().map(l -> l.ex).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        gst = lines.stream().map(l -> l.gst).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        inc = ex.add(gst);
        return this;
    }

    /** Marks the PO and its lines with the outcome of ClickHome's PO Load. */
    PoSpec status(int status, LocalDateTime loadedAt) {
        loadStatus = status;
        loaded = status == 1 || status == 2 || status == 8 ? loadedAt : null;
        attempts = status == 0 ? 0 : attempts;
        for (Line l : lines) {
            if (l.matchStatus == 0 && (status == 1 || status == 2 || status == 8)) {
                l.matchStatus = 1;
            }
        }
        return this;
    }

    PoSpec error(String code, String message) {
        loadStatus = 9;
        errorCode = code;
        errorMessage = message;
        loaded = null;
        return this;
    }

    static BigDecimal money(String s) {
        return new BigDecimal(s);
    }
}
