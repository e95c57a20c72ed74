package au.chim.detect.bounce;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a GFI FaxMaker TextAPI response file ({@code <name>.ok} / {@code <name>.err}) into a {@link BounceReport}.
 *
 * <p>Assumed format (the manuals only say "plain text, readable, the .err has a Description"): the
 * submitted {@code ::} lines may be echoed, then {@code Key: value} or {@code Key=value} lines, keys
 * case-insensitive: {@code Status}/{@code Result}, {@code Description}/{@code Error}/{@code Reason},
 * {@code Job ID}/{@code JobID}/{@code ID}, {@code Fax number}/{@code Number}. The extension decides
 * success; for {@code .err} the Description decides which failure. The fax number comes from a
 * number key or from line 1 ({@code ::0298765432} or {@code ::first, company, last, dept, email, fax}).
 */
public final class FaxMakerResponseFile {
    private static final int MAX_BYTES = 64 * 1024;
    private static final Pattern KEY_VALUE = Pattern.compile("^\\s*([A-Za-z][A-Za-z _-]{0,30}?)\\s*[:=]\\s*(.*)$");

    private final FaxNumbers numbers;

    public FaxMakerResponseFile(FaxNumbers numbers) {
        this.numbers = numbers;
    }

    public FaxMakerResponseFile() {
        this(FaxNumbers.australia());
    }

    /** True for the names this parser reads: {@code *.ok} and {@code *.err}, any case. */
    public static boolean isResponseFile(String fileName) {
        String n = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".ok") || n.endsWith(".err");
    }

    /**
     * Never throws for bad content: an empty or unreadable .err becomes a FAX_FAILED_RETRYABLE with code
     * FAILED (FaxMaker said it failed, not why); a name that is not .ok/.err becomes UNPARSEABLE naming the file.
     */
    public BounceReport parse(String fileName, byte[] content, Instant lastModified) {
        if (!isResponseFile(fileName)) {
            return new BounceReport(BounceKind.UNPARSEABLE, null, null, "not a FaxMaker response file: " + fileName,
                    null, null, null, "faxmaker", "faxmaker-file", lastModified);
        }
        boolean ok = fileName.toLowerCase(Locale.ROOT).endsWith(".ok");
        String text = decode(content == null ? new byte[0] : content);
        String status = null;
        String description = null;
        String job = null;
        String fax = null;
        String[] lines = text.split("\\r?\\n|\\r");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("::")) {
                fax = numbers.toE164(lastField(line.substring(2)));
                continue;
            }
            Matcher m = KEY_VALUE.matcher(line);
            if (!m.matches() || line.startsWith("::")) {
                continue;
            }
            String key = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[ _-]", "");
            String value = m.group(2).strip();
            switch (key) {
                case "status", "result" -> status = status == null ? value : status;
                case "description", "error", "reason", "errordescription" -> description = description == null ? value : description;
                case "jobid", "id", "job" -> job = job == null ? value : job;
                case "faxnumber", "number", "fax", "to" -> fax = fax == null ? numbers.toE164(value) : fax;
                default -> { }
            }
        }
        String diagnostic = description != null ? description : status;
        if (ok) {
            return new BounceReport(BounceKind.FAX_SENT, null, "SENT", diagnostic, null, fax, job, "faxmaker", "faxmaker-file", lastModified);
        }
        FaxOutcomes.Outcome o = FaxOutcomes.classify((description == null ? "" : description) + " " + (status == null ? "" : status));
        if (o == null || o.kind() == BounceKind.FAX_SENT) {
            // an .err is a failure whatever its words say; without a known cause FaxMaker has retried and given up
            o = new FaxOutcomes.Outcome(BounceKind.FAX_FAILED_RETRYABLE, "FAILED");
        }
        return new BounceReport(o.kind(), null, o.code(),
                diagnostic != null ? diagnostic : fileName + ": .err file without a Description",
                null, fax, job, "faxmaker", "faxmaker-file", lastModified);
    }

    private static String lastField(String line) {
        String[] f = line.split(",");
        return f[f.length - 1].strip();
    }

    /** FaxMaker runs on Windows: UTF-8 when valid, else Windows-1252. */
    private static String decode(byte[] bytes) {
        byte[] b = bytes.length > MAX_BYTES ? java.util.Arrays.copyOf(bytes, MAX_BYTES) : bytes;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString().replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            return new String(b, Charset.forName("windows-1252"));
        }
    }
}
