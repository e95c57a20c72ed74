package au.chim.detect.dropfolder;

import au.chim.detect.dropfolder.UnreadableFileException.Reason;
import au.chim.finding.Finding;
import au.chim.finding.FindingSnapshot;
import au.chim.finding.Severity;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks one drop file end to end: name, encoding, header, every row, cross-file state. The entry
 * point for the camel-file route. Streams the file; what it holds is bounded (open PO versions, at most
 * {@code maxKeyFindings} findings), apart from the names of bad keys past that cap and of keys of interest.
 */
public final class DropFileValidator {
    private static final Logger LOG = LoggerFactory.getLogger(DropFileValidator.class);
    static final String FORMAT_CHANGE = "INTEGRATION_FORMAT_CHANGE";

    private final ClickHomeLookup lookup;
    private final CrossFileState state;
    private final Clock clock;
    private final KeysOfInterest interest;
    private final int maxKeyFindings;

    /**
     * @param lookup ClickHome (a JdbcClickHomeLookup); answers are cached per file here
     * @param state  cross-file memory (a JdbcCrossFileState on the monitor store)
     * @param clock  "today" and the zone for timestamps without offset: use the builder's zone (Australia/Sydney)
     */
    public DropFileValidator(ClickHomeLookup lookup, CrossFileState state, Clock clock) {
        this(lookup, state, clock, null);
    }

    /**
     * @param interest the keys whose clean snapshot matters (open issues, waiting quarantined files); only those and the
     *                 bad keys are kept, so memory does not grow with the file. Null: a snapshot for every key.
     */
    public DropFileValidator(ClickHomeLookup lookup, CrossFileState state, Clock clock, KeysOfInterest interest) {
        this(lookup, state, clock, interest, FindingCap.DEFAULT_MAX);
    }

    /** @param maxKeyFindings the business-key findings one file may hold ({@code monitor.dropfolders.max-findings-per-file}) */
    public DropFileValidator(ClickHomeLookup lookup, CrossFileState state, Clock clock, KeysOfInterest interest, int maxKeyFindings) {
        this.maxKeyFindings = maxKeyFindings;
        this.lookup = lookup;
        this.state = state;
        this.clock = clock;
        this.interest = interest;
    }

    /** Interface and source taken from the file name ({@code PO_DATABUILD_20240304101500.csv}). */
    public DropFileResult validate(Path file) {
        String name = file.getFileName().toString();
        Optional<DropInterface.FileName> parsed = DropInterface.parseName(name);
        if (parsed.isEmpty()) {
            return rejected(name, null, "UNKNOWN", new UnreadableFileException(Reason.WRONG_NAME,
                    "the file name follows no interface's pattern (<INTERFACE>_<SOURCE>_<yyyyMMddHHmmss>.csv, INTERFACE one of PO, PO_ACK, SUPPLIER, JOB)"),
                    java.util.Set.of());
        }
        return validate(file, parsed.get().iface());
    }

    /**
     * Checks a file from the folder of {@code iface}. Throws only {@link CheckUnavailableException}
     * (ClickHome or the store cannot be asked: retry later); everything about the file itself is in the result.
     */
    public DropFileResult validate(Path file, DropInterface iface) {
        String name = file.getFileName().toString();
        Optional<DropInterface.FileName> parsed = iface.matchName(name);
        if (parsed.isEmpty()) {
            String other = DropInterface.parseName(name).map(n -> "; it is a " + n.iface() + " file").orElse("");
            return rejected(name, iface, "UNKNOWN", new UnreadableFileException(Reason.WRONG_NAME,
                    "the file name does not follow " + iface.namePatternText() + other), java.util.Set.of());
        }
        String source = parsed.get().source();
        FileRun run = new FileRun(name, iface, source, new CachingClickHomeLookup(lookup), state, clock,
                interest == null ? null : interest.of(iface), maxKeyFindings);
        RowValidator validator = switch (iface) {
            case PO -> new PoValidator(run);
            case PO_ACK -> new PoAckValidator(run);
            case SUPPLIER -> new SupplierFileValidator(run);
            case JOB -> new JobValidator(run);
        };
        long rows = 0;
        long badRows = 0;
        try (DropCsvReader reader = DropCsvReader.open(file, iface)) {
            HeaderMatch header = reader.header();
            if (!header.asExpected()) {
                run.reportFormat(Rejections.formatChange(run, header.added(), header.missing(), null));
            }
            CsvRow row;
            while ((row = reader.next()) != null) {
                rows++;
                long before = run.reported();
                if (row.fields().length > header.width()) {
                    run.reportFile(run.row(RowValidator.ROW_INVALID, Severity.ERROR, row, null, "line " + row.line() + ":fields",
                            "(whole row)", row.fields().length + " fields", "has more fields than the header's " + header.width()
                                    + " (an unquoted comma?)").build());
                } else {
                    checkRow(validator, run, row);
                }
                if (run.reported() > before) {
                    badRows++;
                }
            }
            validator.finish();
            run.reportCapped();
        } catch (UnreadableFileException e) {
            if (e.reason() == Reason.IO_ERROR) {
                // the file system, not the file (a share that stopped answering, a file Windows still holds locked): the
                // file stays in its folder for the next poll; a share that stays away is the folder check's issue
                throw new CheckUnavailableException("cannot read " + name + " now: " + e.getMessage(), e);
            }
            return rejected(name, iface, source, e, e.reason() == Reason.MISSING_COLUMNS ? KeyScan.keys(file, iface) : run.sampleKeys());
        }
        List<FindingSnapshot> keys = new ArrayList<>(run.byKey().size());
        for (Map.Entry<String, List<Finding>> e : run.byKey().entrySet()) {
            keys.add(new FindingSnapshot(keyScope(iface, e.getKey()), e.getValue()));
        }
        LOG.debug("drop file {}: {} rows, {} bad, {} keys", name, rows, badRows, keys.size());
        return new DropFileResult.Validated(name, iface, source, keys, new FindingSnapshot(fileScope(iface, source), run.fileFindings()),
                new FindingSnapshot(formatScope(iface, source), run.formatFindings()), rows, badRows, run.sampleKeys(), run.keyRuns());
    }

    private static void checkRow(RowValidator validator, FileRun run, CsvRow row) {
        try {
            validator.row(row);
        } catch (CheckUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            // A value no rule anticipated must not sink the whole file: report the row and go on.
            LOG.warn("drop file {} line {}: unexpected {}", run.fileName, row.line(), e.getClass().getSimpleName(), e);
            run.reportFile(run.row(RowValidator.ROW_INVALID, Severity.ERROR, row, null, "line " + row.line() + ":unchecked",
                    "(whole row)", "", "could not be checked (" + e.getClass().getSimpleName() + ")").build());
        }
    }

    /** Snapshot scope of one business key, e.g. {@code dropfolder:PO:24017/012}. */
    public static String keyScope(DropInterface iface, String key) {
        return "dropfolder:" + iface.name() + ":" + key;
    }

    /** Snapshot scope of one interface+source's file-level findings, e.g. {@code dropfolder:PO:DATABUILD:file}. */
    public static String fileScope(DropInterface iface, String source) {
        return "dropfolder:" + (iface == null ? "UNKNOWN" : iface.name()) + ":" + source + ":file";
    }

    /** Snapshot scope of one interface+source's layout, e.g. {@code dropfolder:PO:DATABUILD:format}. */
    public static String formatScope(DropInterface iface, String source) {
        return "dropfolder:" + iface.name() + ":" + source + ":format";
    }

    /** Snapshot scope of one rejected file's own issue, e.g. {@code dropfolder:PO:rejected:PO_DATABUILD_20240304101500.csv}. */
    public static String rejectedScope(DropInterface iface, String fileName) {
        String n = fileName.length() <= 150 ? fileName : fileName.substring(0, 150);
        return "dropfolder:" + (iface == null ? "UNKNOWN" : iface.name()) + ":rejected:" + n;
    }

    private DropFileResult.Rejected rejected(String name, DropInterface iface, String source, UnreadableFileException e,
                                             java.util.Set<String> keys) {
        LOG.info("drop file {} rejected: {}", name, e.reason());
        FileRun run = iface == null ? null : new FileRun(name, iface, source, lookup, state, clock);
        return Rejections.rejected(name, iface, source, e, run, keys);
    }
}
