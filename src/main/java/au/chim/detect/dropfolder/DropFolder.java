package au.chim.detect.dropfolder;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * One watched drop folder: where its files arrive, where they go afterwards, and how long a file may wait.
 *
 * @param folder        where the sending system drops files (local or UNC path)
 * @param archive       readable files end up under {@code archive/yyyy/MM/}
 * @param quarantine    unreadable files, each with a {@code .report.txt} beside it
 * @param staleAfter    a file still in the folder after this long raises DROP_FILE_STALE
 * @param tmpStaleAfter a {@code .tmp} older than this (the writer never renamed it) raises DROP_FILE_STALE
 */
public record DropFolder(DropInterface iface, Path folder, Path archive, Path quarantine, Duration staleAfter, Duration tmpStaleAfter) {

    /** The settings key of an interface: po, po-ack, supplier, job. */
    public static String key(DropInterface iface) {
        return iface.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String key() {
        return key(iface);
    }
}
