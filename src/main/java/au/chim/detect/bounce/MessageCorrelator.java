package au.chim.detect.bounce;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the ClickHome tblMessages row a {@link BounceReport} is about: by Message-ID, then FaxMaker job id,
 * then the recipient address, then the fax number (normalised in Java, because ClickHome stores fax
 * numbers as typed). Address and fax matches take the most recent message sent inside the look-back
 * window. Read-only SELECTs in the T-SQL subset SQL Server and H2 share.
 */
public final class MessageCorrelator {
    private static final String SELECT = "SELECT TOP %d m.idMessage, m.inMethod, m.sgToAddress, m.sgFaxNumber, m.dtSent,"
            + " s.sgSupplierCode, s.sgSupplierName, c.idClient, c.sgDebtorCode, c.sgClientName, k.sgContractNo,"
            + " bu.sgName AS sgBusinessUnit, u.sgEmail AS sgSupervisorEmail"
            + " FROM dbo.tblMessages m"
            + " LEFT JOIN dbo.tblSuppliers s ON s.idSupplier = m.fkidSupplier"
            + " LEFT JOIN dbo.tblContracts k ON k.idContract = m.fkidContract"
            + " LEFT JOIN dbo.tblClients c ON c.idClient = COALESCE(m.fkidClient, k.fkidClient)"
            + " LEFT JOIN dbo.tblBusinessUnits bu ON bu.idBusinessUnit = k.fkidBusinessUnit"
            + " LEFT JOIN dbo.tblUsers u ON u.idUser = k.fkidSupervisor1"
            + " WHERE %s ORDER BY m.dtSent DESC, m.idMessage DESC";
    private static final String[] METHODS = {"UNKNOWN", "EMAIL", "FAX", "SMS", "JOBFILE"};
    /** Fax candidates read per report; a builder sends far fewer faxes than this in a look-back window. */
    private static final int FAX_CANDIDATES = 2000;

    private final DataSource clickHome;
    private final FaxNumbers faxNumbers;
    private final Duration lookBack;
    private final ZoneId clickHomeZone;

    /**
     * @param lookBack      how far before the report a sent message may be (default 14 days: FaxMaker keeps failed faxes a week)
     * @param clickHomeZone time zone ClickHome writes dtSent in (its server's local time, e.g. Australia/Sydney)
     */
    public MessageCorrelator(DataSource clickHome, FaxNumbers faxNumbers, Duration lookBack, ZoneId clickHomeZone) {
        this.clickHome = clickHome;
        this.faxNumbers = faxNumbers;
        this.lookBack = lookBack;
        this.clickHomeZone = clickHomeZone;
    }

    public MessageCorrelator(DataSource clickHome) {
        this(clickHome, FaxNumbers.australia(), Duration.ofDays(14), ZoneId.of("Australia/Sydney"));
    }

    /**
     * The message the report is about, or empty when nothing matches.
     *
     * @param now used when the report carries no date
     * @throws CorrelationFailedException when the ClickHome database cannot be read (retry later; not bad data)
     */
    public Optional<MessageCorrelation> correlate(BounceReport report, Instant now) {
        if (report == null) {
            return Optional.empty();
        }
        Instant at = report.reportedAt() != null ? report.reportedAt() : now;
        LocalDateTime to = LocalDateTime.ofInstant(at.plus(Duration.ofDays(1)), clickHomeZone);
        LocalDateTime from = LocalDateTime.ofInstant(at.minus(lookBack), clickHomeZone);
        try (Connection c = clickHome.getConnection()) {
            Optional<MessageCorrelation> r = Optional.empty();
            if (report.originalMessageId() != null) {
                r = one(c, "m.sgInternetMessageId IN (?, ?)", "message-id",
                        report.originalMessageId(), "<" + report.originalMessageId() + ">");
            }
            if (r.isEmpty() && report.faxJobId() != null) {
                r = one(c, "m.sgGatewayJobId = ?", "job-id", report.faxJobId());
            }
            if (r.isEmpty() && report.failedRecipient() != null) {
                r = one(c, "LOWER(m.sgToAddress) = ? AND m.dtSent >= ? AND m.dtSent <= ?", "address",
                        report.failedRecipient().toLowerCase(Locale.ROOT), Timestamp.valueOf(from), Timestamp.valueOf(to));
            }
            if (r.isEmpty() && report.faxNumberE164() != null) {
                r = byFax(c, report.faxNumberE164(), from, to);
            }
            return r;
        } catch (SQLException e) {
            throw new CorrelationFailedException("ClickHome tblMessages lookup failed: " + e.getMessage(), e);
        }
    }

    private Optional<MessageCorrelation> one(Connection c, String where, String how, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(String.format(SELECT, 1, where))) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs, how)) : Optional.empty();
            }
        }
    }

    private Optional<MessageCorrelation> byFax(Connection c, String e164, LocalDateTime from, LocalDateTime to) throws SQLException {
        String where = "(m.sgFaxNumber IS NOT NULL OR m.inMethod = 2) AND m.dtSent >= ? AND m.dtSent <= ?";
        try (PreparedStatement ps = c.prepareStatement(String.format(SELECT, FAX_CANDIDATES, where))) {
            ps.setTimestamp(1, Timestamp.valueOf(from));
            ps.setTimestamp(2, Timestamp.valueOf(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String stored = rs.getString("sgFaxNumber");
                    String number = stored != null ? faxNumbers.toE164(stored) : faxNumbers.fromFaxAddress(rs.getString("sgToAddress"));
                    if (e164.equals(number)) {
                        return Optional.of(row(rs, "fax-number"));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static MessageCorrelation row(ResultSet rs, String how) throws SQLException {
        int method = rs.getInt("inMethod");
        Timestamp sent = rs.getTimestamp("dtSent");
        Object clientId = rs.getObject("idClient");
        return new MessageCorrelation(rs.getLong("idMessage"), method >= 0 && method < METHODS.length ? METHODS[method] : "UNKNOWN",
                rs.getString("sgSupplierCode"), rs.getString("sgSupplierName"), rs.getString("sgDebtorCode"),
                clientId == null ? null : ((Number) clientId).intValue(), rs.getString("sgClientName"), rs.getString("sgContractNo"),
                rs.getString("sgBusinessUnit"), rs.getString("sgSupervisorEmail"), rs.getString("sgToAddress"),
                rs.getString("sgFaxNumber"), sent == null ? null : sent.toLocalDateTime(), how);
    }

    /** The ClickHome database could not be read; the mail should be retried, not classified as unknown. */
    public static final class CorrelationFailedException extends RuntimeException {
        public CorrelationFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
