package au.chim.detect.dropfolder;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.Severity;

/**
 * A link or special file (FIFO, device, socket) in a drop folder. It is never opened: a FIFO would block the folder's
 * route for ever and a link may point outside the share. It is reported for IT and left where it is.
 */
final class NotRegularFile {
    private NotRegularFile() {
    }

    static Finding finding(DropFolder folder, String name, boolean link) {
        String what = link ? "a symbolic link" : "a special file (FIFO, device or socket)";
        return Finding.builder("DROP_FILE_NOT_REGULAR", Category.DROP_FILE, Severity.WARNING)
                .entity("drop-file", folder.key() + "/" + name)
                .summary(folder.iface() + " drop folder holds " + name + ", " + what + "; it was not opened and is left alone")
                .detail("Folder: " + folder.folder() + "\nFile: " + name + "\nKind: " + what)
                .suggestedAction("Remove it, or replace it with the real file: the monitor reads only regular files it can see whole.")
                .source("check:drop-folders-stale")
                .context(Finding.FILE, name).build();
    }
}
